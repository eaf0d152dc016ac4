import type { FastifyInstance } from 'fastify';
import { childName, networkPersonName } from '../../domain/person-name.ts';
import type { Access } from '../../platform/access-policy.ts';
import type { FormResult } from '../../platform/forms.ts';
import type { Caller, Ended, NotFound } from '../journeys/journey-case.service.ts';
import { callerFrom } from '../journeys/journey-request.ts';
import type { MemberCase } from './network-case.ts';
import {
  answerClosed,
  idsFrom,
  isClosed,
  type MemberParams,
  memberHref,
} from './network-request.ts';
import { problemsResult } from './people/person-form.ts';

type Values = Record<string, unknown>;
type Opened = { outcome: 'found'; network: MemberCase };
type Saved =
  | { outcome: 'done' }
  | { outcome: 'refused'; problems: Array<{ field: string; text: string }> };

/** One form about one member: its page (GET) and its change (POST), answered the same way. */
export interface MemberFormSpec<Page extends Opened, Data> {
  path: string;
  access: Access;
  template: string;
  title: (personName: string, childName: string) => string;
  button: string;
  open: (caller: Caller, journeyId: string, memberId: string) => Promise<Page | NotFound | Ended>;
  /** The values the form starts with. */
  values?: (page: Page) => Values;
  /** The page's other parts (choices, date items, a summary), from the values shown. */
  parts?: (page: Page, values: Values, fieldErrors: Record<string, unknown>) => Values;
  parse: (body: Values) => FormResult<Data>;
  save: (
    caller: Caller,
    journeyId: string,
    memberId: string,
    data: Data,
  ) => Promise<Saved | NotFound | Ended>;
  notice: string;
}

export function memberForm<Page extends Opened, Data>(
  app: FastifyInstance,
  spec: MemberFormSpec<Page, Data>,
) {
  const url = `/journeys/:journeyId/network/members/:memberId/${spec.path}`;
  const render = (
    page: Page,
    values: Values,
    problems: { errors?: unknown; fieldErrors?: Record<string, unknown> } = {},
  ) => {
    const { member, child, found } = page.network;
    const href = memberHref(found.journey.id, member.id);
    const fieldErrors = problems.fieldErrors ?? {};
    return {
      title: spec.title(networkPersonName(member), childName(child)),
      titleRecord: found.journey.reference,
      personName: networkPersonName(member),
      childName: childName(child),
      memberHref: href,
      action: `${href}/${spec.path}`,
      buttonText: spec.button,
      values,
      errors: problems.errors,
      fieldErrors,
      ...(spec.parts ? spec.parts(page, values, fieldErrors) : {}),
    };
  };

  app.get<MemberParams>(url, { config: { access: spec.access } }, async (request, reply) => {
    const ids = idsFrom(request);
    if (!ids) return reply.callNotFound();
    const page = await spec.open(callerFrom(request), ids.journeyId, ids.memberId);
    if (isClosed(page)) return answerClosed(request, reply, page);
    return reply.viewAsync(spec.template, render(page, spec.values ? spec.values(page) : {}));
  });

  app.post<MemberParams>(url, { config: { access: spec.access } }, async (request, reply) => {
    const ids = idsFrom(request);
    if (!ids) return reply.callNotFound();
    const caller = callerFrom(request);
    const values = (request.body && typeof request.body === 'object' ? request.body : {}) as Values;
    const form = spec.parse(values);
    const result = form.ok ? await spec.save(caller, ids.journeyId, ids.memberId, form.data) : null;
    if (result && isClosed(result)) return answerClosed(request, reply, result);
    if (result?.outcome === 'done') {
      return reply.redirect(
        `${memberHref(ids.journeyId, ids.memberId)}?notice=${spec.notice}`,
        303,
      );
    }
    // Refused by the form or by a rule: the form again, as typed, with nothing written.
    const problems =
      result?.outcome === 'refused' ? problemsResult(result.problems) : form.ok ? {} : form;
    const page = await spec.open(caller, ids.journeyId, ids.memberId);
    if (isClosed(page)) return answerClosed(request, reply, page);
    return reply.status(400).viewAsync(spec.template, render(page, values, problems));
  });
}
