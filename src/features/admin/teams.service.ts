import type { Db } from '../../db/database.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import {
  type Actor,
  asAdministrator,
  isUniqueViolation,
  type RuleBroken,
} from './admin-request.ts';
import {
  findTeam,
  findTeamNamed,
  insertTeam,
  listTeamsWithActiveUsers,
  type TeamWithMembers,
  updateTeam,
} from './teams.repository.ts';
import type { TeamNameForm } from './teams.schemas.ts';

const NAME_TAKEN: RuleBroken = { field: 'name', text: 'A team with this name already exists' };

export type TeamSaved = { outcome: 'done'; teamId: string } | { outcome: 'not-found' };
export type TeamChange = TeamSaved | { outcome: 'refused'; rule: RuleBroken };

/** The organisation's teams: names unique ignoring case, disabled rather than deleted. */
export class TeamsService {
  constructor(private readonly db: Db) {}

  listTeams(actor: Actor): Promise<TeamWithMembers[]> {
    return asAdministrator(this.db, actor, (tx) => listTeamsWithActiveUsers(tx));
  }

  getTeam(actor: Actor, teamId: string): Promise<TeamWithMembers | undefined> {
    return asAdministrator(this.db, actor, (tx) => findTeam(tx, teamId));
  }

  async createTeam(actor: Actor, form: TeamNameForm, requestId: string): Promise<TeamChange> {
    return this.refuseDuplicateName(() =>
      asAdministrator(this.db, actor, async (tx): Promise<TeamChange> => {
        if (await findTeamNamed(tx, form.name)) return { outcome: 'refused', rule: NAME_TAKEN };
        const teamId = await insertTeam(tx, actor.organisationId, form.name);
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.id,
          action: 'team.created',
          subjectType: 'team',
          subjectId: teamId,
          requestId,
        });
        return { outcome: 'done', teamId };
      }),
    );
  }

  async renameTeam(
    actor: Actor,
    teamId: string,
    form: TeamNameForm,
    requestId: string,
  ): Promise<TeamChange> {
    return this.refuseDuplicateName(() =>
      asAdministrator(this.db, actor, async (tx): Promise<TeamChange> => {
        const team = await findTeam(tx, teamId);
        if (!team) return { outcome: 'not-found' };
        if (await findTeamNamed(tx, form.name, teamId)) {
          return { outcome: 'refused', rule: NAME_TAKEN };
        }
        // Saving the same name again changes nothing, so leaves nothing to audit.
        if (team.name === form.name) return { outcome: 'done', teamId };
        await updateTeam(tx, teamId, { name: form.name });
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.id,
          action: 'team.renamed',
          subjectType: 'team',
          subjectId: teamId,
          requestId,
          detail: { fields: ['name'] },
        });
        return { outcome: 'done', teamId };
      }),
    );
  }

  /** Members of a disabled team keep it; it just cannot be chosen for anyone again. */
  async setTeamActive(
    actor: Actor,
    teamId: string,
    active: boolean,
    requestId: string,
  ): Promise<TeamSaved> {
    return asAdministrator(this.db, actor, async (tx): Promise<TeamSaved> => {
      const team = await findTeam(tx, teamId);
      if (!team) return { outcome: 'not-found' };
      if (team.active === active) return { outcome: 'done', teamId };
      await updateTeam(tx, teamId, { active });
      await recordAudit(tx, {
        organisationId: actor.organisationId,
        actorUserId: actor.id,
        action: active ? 'team.enabled' : 'team.disabled',
        subjectType: 'team',
        subjectId: teamId,
        requestId,
      });
      return { outcome: 'done', teamId };
    });
  }

  /** Two administrators saving the same name at once: the unique index decides, same message. */
  private async refuseDuplicateName(work: () => Promise<TeamChange>): Promise<TeamChange> {
    try {
      return await work();
    } catch (error) {
      if (isUniqueViolation(error, 'teams_name_unique')) {
        return { outcome: 'refused', rule: NAME_TAKEN };
      }
      throw error;
    }
  }
}
