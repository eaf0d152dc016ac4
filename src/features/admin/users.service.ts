import type { Db, Tx } from '../../db/database.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { type PageRequest, pageFrom } from '../../platform/pagination.ts';
import { hashPassword } from '../../platform/passwords.ts';
import { deleteSessionsOfUser } from '../../platform/session.repository.ts';
import {
  type Actor,
  asAdministrator,
  isUniqueViolation,
  type RuleBroken,
} from './admin-request.ts';
import { listActiveTeams, type TeamRow } from './teams.repository.ts';
import { generateTemporaryPassword } from './temporary-password.ts';
import {
  type AccountChanges,
  countUsersCapped,
  findTeamForChoice,
  findUser,
  findUserWithEmail,
  insertUser,
  type UserRow,
  updateUser,
  usersPage,
} from './users.repository.ts';
import type { UserDetailsForm, UserNotice, UsersFilter } from './users.schemas.ts';

const EMAIL_TAKEN: RuleBroken = {
  field: 'email',
  text: 'A user with this email address already exists',
};
const TEAM_DISABLED: RuleBroken = {
  field: 'teamId',
  text: 'This team has been disabled. Select an active team',
};
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const TEAM_UNKNOWN: RuleBroken = { field: 'teamId', text: 'Select a team from the list' };
const OWN_ADMINISTRATOR_ROLE: RuleBroken = {
  field: 'roles',
  text: 'You cannot remove your own administrator role. Ask another administrator to do it',
};
const DISABLE_SELF: RuleBroken = {
  text: 'You cannot disable your own account. Ask another administrator to do it',
};

type NotFound = { outcome: 'not-found' };
type Refused = { outcome: 'refused'; rule: RuleBroken };
export type UserCreated = { outcome: 'created'; userId: string; temporaryPassword: string };
export type UserUpdated = { outcome: 'done'; userId: string; notice: UserNotice | null };
export type PasswordReset = { outcome: 'done'; user: UserRow; temporaryPassword: string };

/**
 * Gives a newly signed-in session to the administrator whose own sessions were just ended
 * (after changing their own roles or password), so they carry on rather than being signed out.
 */
export type RenewOwnSession = (tx: Tx) => Promise<void>;

/**
 * Accounts in the administrator's organisation. Whatever changes who someone is allowed to be
 * (roles, disabled, password) ends their sessions in the same transaction as the change.
 */
export class UsersService {
  constructor(private readonly db: Db) {}

  /** A page of the organisation's users, and how many match (capped). */
  listUsers(actor: Actor, filter: UsersFilter, request: PageRequest) {
    const page =
      request.key && !UUID.test(request.key[2] ?? '') ? { ...request, key: null } : request;
    return asAdministrator(this.db, actor, async (tx) => {
      const fetched = await usersPage(tx, actor.organisationId, filter, page);
      const matching = await countUsersCapped(tx, actor.organisationId, filter);
      return { page: pageFrom(fetched, page), matching };
    });
  }

  getUser(actor: Actor, userId: string): Promise<UserRow | undefined> {
    return asAdministrator(this.db, actor, (tx) => findUser(tx, userId));
  }

  /** The teams a form may offer: the active ones, with the user's own team even if disabled. */
  async getUserForm(actor: Actor, userId?: string) {
    return asAdministrator(this.db, actor, async (tx) => {
      const user = userId ? await findUser(tx, userId) : undefined;
      const teams: TeamRow[] = await listActiveTeams(tx);
      if (user?.team_id && user.team_name && !user.team_active) {
        teams.push({ id: user.team_id, name: user.team_name, active: false });
      }
      return { user, teams };
    });
  }

  async createUser(
    actor: Actor,
    form: UserDetailsForm,
    requestId: string,
  ): Promise<UserCreated | Refused> {
    const temporaryPassword = generateTemporaryPassword();
    const passwordHash = await hashPassword(temporaryPassword);
    return this.refuseDuplicateEmail(() =>
      asAdministrator(this.db, actor, async (tx): Promise<UserCreated | Refused> => {
        const refusal = await this.checkDetails(tx, form, { currentTeamId: null });
        if (refusal) return { outcome: 'refused', rule: refusal };
        const userId = await insertUser(tx, {
          organisationId: actor.organisationId,
          displayName: form.displayName,
          email: form.email,
          teamId: form.teamId,
          roles: form.roles,
          languages: form.languages,
          passwordHash,
        });
        await this.audit(tx, actor, requestId, 'user.created', userId, { roles: form.roles });
        return { outcome: 'created', userId, temporaryPassword };
      }),
    );
  }

  async updateUser(
    actor: Actor,
    userId: string,
    form: UserDetailsForm,
    requestId: string,
    renewOwnSession: RenewOwnSession,
  ): Promise<UserUpdated | Refused | NotFound> {
    return this.refuseDuplicateEmail(() =>
      asAdministrator(this.db, actor, async (tx): Promise<UserUpdated | Refused | NotFound> => {
        const user = await findUser(tx, userId);
        if (!user) return { outcome: 'not-found' };
        const refusal = await this.checkDetails(tx, form, {
          userId,
          currentTeamId: user.team_id,
        });
        if (refusal) return { outcome: 'refused', rule: refusal };
        const removed = user.roles.filter((role) => !form.roles.includes(role));
        const added = form.roles.filter((role) => !user.roles.includes(role));
        if (userId === actor.id && removed.includes('administrator')) {
          return { outcome: 'refused', rule: OWN_ADMINISTRATOR_ROLE };
        }

        const changes = detailChanges(user, form);
        const changedFields = Object.keys(changes);
        const rolesChanged = added.length > 0 || removed.length > 0;
        if (rolesChanged) changes.roles = form.roles;
        if (changedFields.length === 0 && !rolesChanged) {
          return { outcome: 'done', userId, notice: null };
        }

        await updateUser(tx, userId, changes);
        if (changedFields.length > 0) {
          await this.audit(tx, actor, requestId, 'user.updated', userId, {
            fields: changedFields,
          });
        }
        if (rolesChanged) {
          await this.audit(tx, actor, requestId, 'user.roles-changed', userId, { added, removed });
          await this.endSessions(tx, actor, userId, renewOwnSession);
        }
        return { outcome: 'done', userId, notice: rolesChanged ? 'roles-changed' : 'updated' };
      }),
    );
  }

  async setUserActive(
    actor: Actor,
    userId: string,
    active: boolean,
    requestId: string,
  ): Promise<UserUpdated | Refused | NotFound> {
    return asAdministrator(
      this.db,
      actor,
      async (tx): Promise<UserUpdated | Refused | NotFound> => {
        const user = await findUser(tx, userId);
        if (!user) return { outcome: 'not-found' };
        if (!active && userId === actor.id) return { outcome: 'refused', rule: DISABLE_SELF };
        const notice = active ? 'enabled' : 'disabled';
        if (user.active === active) return { outcome: 'done', userId, notice };
        await updateUser(tx, userId, { active });
        await this.audit(tx, actor, requestId, active ? 'user.enabled' : 'user.disabled', userId);
        if (!active) await deleteSessionsOfUser(tx, userId);
        return { outcome: 'done', userId, notice };
      },
    );
  }

  async resetPassword(
    actor: Actor,
    userId: string,
    requestId: string,
    renewOwnSession: RenewOwnSession,
  ): Promise<PasswordReset | NotFound> {
    const temporaryPassword = generateTemporaryPassword();
    const passwordHash = await hashPassword(temporaryPassword);
    return asAdministrator(this.db, actor, async (tx): Promise<PasswordReset | NotFound> => {
      const user = await findUser(tx, userId);
      if (!user) return { outcome: 'not-found' };
      await updateUser(tx, userId, { password_hash: passwordHash, password_must_change: true });
      await this.audit(tx, actor, requestId, 'user.password-reset', userId);
      await this.endSessions(tx, actor, userId, renewOwnSession);
      return { outcome: 'done', user, temporaryPassword };
    });
  }

  /** Rules a form cannot check alone: a unique email, and a team that exists and is active. */
  private async checkDetails(
    tx: Tx,
    form: UserDetailsForm,
    existing: { userId?: string; currentTeamId: string | null },
  ): Promise<RuleBroken | null> {
    if (await findUserWithEmail(tx, form.email, existing.userId)) return EMAIL_TAKEN;
    // Keeping someone in the team they are already in is not choosing it.
    if (form.teamId && form.teamId !== existing.currentTeamId) {
      const team = await findTeamForChoice(tx, form.teamId);
      if (!team) return TEAM_UNKNOWN;
      if (!team.active) return TEAM_DISABLED;
    }
    return null;
  }

  private async endSessions(
    tx: Tx,
    actor: Actor,
    userId: string,
    renewOwnSession: RenewOwnSession,
  ): Promise<void> {
    await deleteSessionsOfUser(tx, userId);
    if (userId === actor.id) await renewOwnSession(tx);
  }

  private audit(
    tx: Tx,
    actor: Actor,
    requestId: string,
    action: string,
    userId: string,
    detail?: Record<string, unknown>,
  ): Promise<void> {
    return recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.id,
      action,
      subjectType: 'user',
      subjectId: userId,
      requestId,
      ...(detail ? { detail } : {}),
    });
  }

  /** Two administrators adding the same address at once: the unique index decides. */
  private async refuseDuplicateEmail<T>(work: () => Promise<T>): Promise<T | Refused> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error, 'users_email_unique')) {
        return { outcome: 'refused', rule: EMAIL_TAKEN };
      }
      throw error;
    }
  }
}

/** Which of a user's details the form changes, by column; roles are compared separately. */
function detailChanges(user: UserRow, form: UserDetailsForm): AccountChanges {
  const changes: AccountChanges = {};
  if (form.displayName !== user.display_name) changes.display_name = form.displayName;
  if (form.email !== user.email) changes.email = form.email;
  if (form.teamId !== user.team_id) changes.team_id = form.teamId;
  if (form.languages.join(',') !== user.languages.join(',')) changes.languages = form.languages;
  return changes;
}
