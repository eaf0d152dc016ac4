import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { type DiscoveryTool, isDiscoveryTool, toolName } from '../../domain/discovery-tools.ts';
import { parseForm } from '../../platform/forms.ts';
import { dateItems } from '../journeys/form-fields.ts';
import { caseSummary } from '../journeys/journey-form.view-model.ts';
import {
  answerOpenJourney,
  callerFrom,
  inPageOrder,
  type JourneyParams,
  journeyIdFrom,
} from '../journeys/journey-request.ts';
import {
  discoveryNotice,
  sessionItems,
  toolTaskItems,
  toolTitle,
  toolValues,
} from './discovery.view-model.ts';
import { answerNetworkChange, sentValues } from './discovery-request.ts';
import { TOOL_FIELDS, toolSchema } from './tools.schemas.ts';
import type { ToolsService } from './tools.service.ts';

type ToolParams = { Params: { journeyId: string; tool: string } };
type ToolPage = Extract<Awaited<ReturnType<ToolsService['toolPage']>>, { outcome: 'found' }>;
type Problems = { errors?: unknown; fieldErrors?: Record<string, unknown> };

function renderTool(
  reply: FastifyReply,
  page: ToolPage,
  tool: DiscoveryTool,
  values: Record<string, unknown>,
  problems: Problems = {},
) {
  const fieldErrors = problems.fieldErrors ?? {};
  const dateError = ['day', 'month', 'year'].some((part) => fieldErrors[`offeredOn-${part}`]);
  return reply.viewAsync('features/discovery/views/tool.njk', {
    title: toolTitle(tool),
    toolName: toolName(tool),
    tool,
    summary: caseSummary(page.found),
    blockedReason: page.blockedReason,
    values,
    dateItems: dateItems(values, 'offeredOn', dateError),
    fieldErrors,
    ...(problems.errors ? { errors: problems.errors } : {}),
  });
}

function toolFrom(request: FastifyRequest<ToolParams>): DiscoveryTool | null {
  return isDiscoveryTool(request.params.tool) ? request.params.tool : null;
}

export function discoveryRoutes(app: FastifyInstance, service: ToolsService) {
  app.get<JourneyParams>(
    '/journeys/:journeyId/discovery',
    { config: { access: 'cases:read' } },
    async (request, reply) => {
      const journeyId = journeyIdFrom(request);
      if (!journeyId) return reply.callNotFound();
      const page = await service.overview(callerFrom(request), journeyId);
      if (page.outcome === 'not-found') return reply.callNotFound();
      const { journey } = page.found;
      const { notice } = (request.query ?? {}) as { notice?: unknown };
      return reply.viewAsync('features/discovery/views/discovery.njk', {
        title: 'Discovery',
        summary: caseSummary(page.found),
        notice: discoveryNotice(notice),
        isFgc: journey.kind === 'fgc',
        notYet: journey.stage < 3,
        tools: toolTaskItems(journey, page.records, page.canWork),
        sessions: sessionItems(page.sessions),
        searchCount: page.searches,
        canWork: page.canWork,
      });
    },
  );

  const work = { access: 'journeys:work' } as const;
  const path = '/journeys/:journeyId/discovery/tools/:tool';
  app.get<ToolParams>(path, { config: work }, (request, reply) => {
    const tool = toolFrom(request);
    if (!tool) return reply.callNotFound();
    return answerOpenJourney(
      request,
      reply,
      (caller, journeyId) => service.toolPage(caller, journeyId, tool),
      (page) => renderTool(reply, page, tool, toolValues(page.row)),
    );
  });

  app.post<ToolParams>(path, { config: work }, (request, reply) => {
    const tool = toolFrom(request);
    if (!tool) return reply.callNotFound();
    return answerOpenJourney(
      request,
      reply,
      (caller, journeyId) => service.toolPage(caller, journeyId, tool),
      async (page, caller, journeyId) => {
        const values = sentValues(request.body);
        const form = parseForm(toolSchema(todayInLondon()), values);
        if (!form.ok) {
          return renderTool(reply.status(400), page, tool, values, inPageOrder(form, TOOL_FIELDS));
        }
        const result = await service.record(caller, journeyId, tool, form.data);
        return answerNetworkChange(
          reply,
          journeyId,
          result,
          { path: 'discovery', notice: 'tool-recorded' },
          (problems) => renderTool(reply, page, tool, values, problems),
        );
      },
    );
  });
}
