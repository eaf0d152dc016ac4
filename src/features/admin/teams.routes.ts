import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { parseForm } from '../../platform/forms.ts';
import { actorFrom, errorsFor, parseRecordId } from './admin-request.ts';
import { teamNameSchema, teamsNoticeSchema } from './teams.schemas.ts';
import type { TeamSaved, TeamsService } from './teams.service.ts';
import { teamListRows, teamStatusPage, teamsNoticeText } from './teams.view-model.ts';

const access = { access: 'teams:manage' } as const;
const NAME_VIEW = 'features/admin/views/team-name.njk';
const STATUS_VIEW = 'features/admin/views/team-status.njk';

type TeamParams = { Params: { teamId: string } };

const addPage = { title: 'Add a team', action: '/admin/teams/new', buttonText: 'Add team' };
const renamePage = (teamId: string) => ({
  title: 'Rename team',
  action: `/admin/teams/${teamId}/rename`,
  buttonText: 'Save name',
});

function afterChange(reply: FastifyReply, change: TeamSaved, notice: string) {
  if (change.outcome === 'not-found') return reply.callNotFound();
  return reply.redirect(`/admin/teams?notice=${notice}&team=${change.teamId}`, 303);
}

export function teamsRoutes(app: FastifyInstance, teams: TeamsService) {
  /** The team named in the address, if it is a team of this organisation. */
  async function requestedTeam(request: FastifyRequest<TeamParams>) {
    const teamId = parseRecordId(request.params.teamId);
    return teamId ? teams.getTeam(actorFrom(request), teamId) : undefined;
  }

  app.get('/teams', { config: access }, async (request, reply) => {
    const list = await teams.listTeams(actorFrom(request));
    const notice = teamsNoticeSchema.parse(request.query ?? {});
    return reply.viewAsync('features/admin/views/teams.njk', {
      title: 'Teams',
      rows: teamListRows(list),
      notice: teamsNoticeText(notice, list),
    });
  });

  app.get('/teams/new', { config: access }, async (_request, reply) =>
    reply.viewAsync(NAME_VIEW, { ...addPage, values: {} }),
  );

  app.post('/teams/new', { config: access }, async (request, reply) => {
    const form = parseForm(teamNameSchema, request.body);
    const values = request.body;
    if (!form.ok) return reply.status(400).viewAsync(NAME_VIEW, { ...addPage, ...form, values });
    const change = await teams.createTeam(actorFrom(request), form.data, request.id);
    if (change.outcome === 'refused') {
      return reply
        .status(400)
        .viewAsync(NAME_VIEW, { ...addPage, ...errorsFor(change.rule), values });
    }
    return afterChange(reply, change, 'created');
  });

  app.get<TeamParams>('/teams/:teamId/rename', { config: access }, async (request, reply) => {
    const team = await requestedTeam(request);
    if (!team) return reply.callNotFound();
    return reply.viewAsync(NAME_VIEW, {
      ...renamePage(team.id),
      currentName: team.name,
      titleRecord: team.name,
      values: { name: team.name },
    });
  });

  app.post<TeamParams>('/teams/:teamId/rename', { config: access }, async (request, reply) => {
    const team = await requestedTeam(request);
    if (!team) return reply.callNotFound();
    const page = {
      ...renamePage(team.id),
      currentName: team.name,
      titleRecord: team.name,
      values: request.body,
    };
    const form = parseForm(teamNameSchema, request.body);
    if (!form.ok) return reply.status(400).viewAsync(NAME_VIEW, { ...page, ...form });
    const change = await teams.renameTeam(actorFrom(request), team.id, form.data, request.id);
    if (change.outcome === 'refused') {
      return reply.status(400).viewAsync(NAME_VIEW, { ...page, ...errorsFor(change.rule) });
    }
    return afterChange(reply, change, 'renamed');
  });

  for (const [path, active] of [
    ['disable', false],
    ['enable', true],
  ] as const) {
    app.get<TeamParams>(`/teams/:teamId/${path}`, { config: access }, async (request, reply) => {
      const team = await requestedTeam(request);
      if (!team) return reply.callNotFound();
      return reply.viewAsync(STATUS_VIEW, teamStatusPage(team, active));
    });

    app.post<TeamParams>(`/teams/:teamId/${path}`, { config: access }, async (request, reply) => {
      const teamId = parseRecordId(request.params.teamId);
      if (!teamId) return reply.callNotFound();
      const change = await teams.setTeamActive(actorFrom(request), teamId, active, request.id);
      return afterChange(reply, change, active ? 'enabled' : 'disabled');
    });
  }
}
