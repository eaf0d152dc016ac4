import { type Db, inOrganisation } from '../../db/database.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { hashPassword, verifyPassword } from '../../platform/passwords.ts';
import { deleteOtherSessionsOfUser } from '../../platform/session.repository.ts';
import type { SignedInUser } from '../../platform/session.ts';
import { recordSignInAttempt, recordSignInSuccess, setPasswordHash } from './auth.repository.ts';
import type { ChangePasswordForm } from './password.schemas.ts';

export type ChangePasswordOutcome = 'changed' | 'wrong-current-password';

/** A person changes their own password; every other session of theirs ends. */
export async function changeOwnPassword(
  db: Db,
  user: SignedInUser,
  form: ChangePasswordForm,
  context: { requestId: string; currentSessionHash: string | null },
): Promise<ChangePasswordOutcome> {
  const scope = { organisationId: user.organisationId, userId: user.id };
  // The app role cannot read a password hash: checking the current password is a counted
  // sign-in attempt on the person's own address, as guessing it would be.
  const attempt = await recordSignInAttempt(db, user.email);
  const current = attempt.candidates.find((candidate) => candidate.user_id === user.id);
  if (
    !current?.password_hash ||
    !(await verifyPassword(current.password_hash, form.currentPassword))
  ) {
    return 'wrong-current-password';
  }
  const passwordHash = await hashPassword(form.newPassword);
  await inOrganisation(db, scope, async (tx) => {
    await setPasswordHash(tx, user.id, passwordHash);
    await recordSignInSuccess(tx, user.email);
    await deleteOtherSessionsOfUser(tx, user.id, context.currentSessionHash);
    await recordAudit(tx, {
      organisationId: user.organisationId,
      actorUserId: user.id,
      action: 'user.password-changed',
      subjectType: 'user',
      subjectId: user.id,
      requestId: context.requestId,
    });
  });
  return 'changed';
}
