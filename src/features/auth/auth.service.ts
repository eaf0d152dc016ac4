import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyReply } from 'fastify';
import { type Db, inOrganisation } from '../../db/database.ts';
import { signInDelayMs } from '../../domain/sign-in-slowdown.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { verifyAgainstDecoy, verifyPassword } from '../../platform/passwords.ts';
import type { SessionManager } from '../../platform/session.ts';
import {
  markSignedIn,
  recordSignInAttempt,
  recordSignInSuccess,
  type SignInCandidate,
} from './auth.repository.ts';
import type { SignInForm } from './auth.schemas.ts';

export type SignInOutcome = 'signed-in' | 'refused' | 'choose-organisation';

/**
 * Local accounts: the email address and password are checked against every account that uses
 * that address. Unknown address, wrong password and disabled account all get one answer.
 * OpenID Connect will be a second way to prove who someone is; both end in `sessions.start`.
 */
export class AuthService {
  constructor(
    private readonly db: Db,
    private readonly sessions: SessionManager,
  ) {}

  async signIn(form: SignInForm, reply: FastifyReply, requestId: string): Promise<SignInOutcome> {
    const attempt = await recordSignInAttempt(this.db, form.email);
    await sleep(signInDelayMs(attempt.earlierFailures));
    const candidates = attempt.candidates.filter(
      (candidate) => !form.organisation || candidate.organisation_code === form.organisation,
    );
    const matching: SignInCandidate[] = [];
    for (const candidate of candidates) {
      if (
        candidate.password_hash &&
        (await verifyPassword(candidate.password_hash, form.password))
      ) {
        matching.push(candidate);
      }
    }
    // Spend the same effort whatever we found, so timing says nothing about the address.
    for (const candidate of candidates) {
      if (!candidate.password_hash) await verifyAgainstDecoy(form.password);
    }
    if (candidates.length === 0) await verifyAgainstDecoy(form.password);

    const account = matching.length === 1 ? matching[0] : undefined;
    if (matching.length > 1) return 'choose-organisation';
    if (!account?.active) {
      for (const candidate of candidates) {
        await inOrganisation(this.db, { organisationId: candidate.organisation_id }, (tx) =>
          recordAudit(tx, {
            organisationId: candidate.organisation_id,
            actorUserId: null,
            action: 'session.sign-in-refused',
            subjectType: 'user',
            subjectId: candidate.user_id,
            requestId,
            detail: { reason: candidate.active ? 'wrong-password' : 'account-disabled' },
          }),
        );
      }
      return 'refused';
    }

    const scope = { organisationId: account.organisation_id, userId: account.user_id };
    await inOrganisation(this.db, scope, async (tx) => {
      await markSignedIn(tx, account.user_id);
      await recordSignInSuccess(tx, form.email);
      await recordAudit(tx, {
        organisationId: account.organisation_id,
        actorUserId: account.user_id,
        action: 'session.signed-in',
        subjectType: 'user',
        subjectId: account.user_id,
        requestId,
        detail: { method: 'password' },
      });
      await this.sessions.start(
        reply,
        { id: account.user_id, organisationId: account.organisation_id },
        tx,
      );
    });
    return 'signed-in';
  }

  async recordSignOut(user: { id: string; organisationId: string }, requestId: string) {
    await inOrganisation(this.db, { organisationId: user.organisationId, userId: user.id }, (tx) =>
      recordAudit(tx, {
        organisationId: user.organisationId,
        actorUserId: user.id,
        action: 'session.signed-out',
        subjectType: 'user',
        subjectId: user.id,
        requestId,
      }),
    );
  }
}
