import type { FastifyInstance, FastifyReply } from 'fastify';
import { todayInLondon } from '../../domain/dates.ts';
import { asList, parseForm } from '../../platform/forms.ts';
import { reconfirmationSchema, withdrawalSchema } from './consent.schemas.ts';
import type { ConsentChangesService } from './consent-changes.service.ts';
import type { ConsentPerson } from './consent-people.ts';
import { dateItems, dateValues } from './form-fields.ts';
import type { Caller, Child } from './journey-case.service.ts';
import { type CaseSummary, caseSummary } from './journey-form.view-model.ts';
import { childName } from './journey-labels.ts';
import {
  answerChange,
  answerOpenJourney,
  inPageOrder,
  type JourneyParams,
} from './journey-request.ts';

const access = { access: 'journeys:work' } as const;

const PAGES = {
  withdraw: {
    view: 'features/journeys/views/consent-withdraw.njk',
    title: 'Record a withdrawal of consent',
    dates: ['withdrawnOn'],
    fields: ['giver', 'withdrawnOn', 'reason', 'outcome', 'childId'],
    notice: 'consent-withdrawn',
  },
  reconfirm: {
    view: 'features/journeys/views/consent-reconfirm.njk',
    title: 'Record a consent reconfirmation',
    dates: ['reconfirmedOn', 'nextDueOn'],
    fields: ['reconfirmedOn', 'giver', 'scope', 'method', 'notes', 'nextDueOn'],
    notice: 'consent-reconfirmed',
  },
} as const;

type Page = keyof typeof PAGES;

function renderConsentPage(
  reply: FastifyReply,
  page: Page,
  summary: CaseSummary,
  people: readonly ConsentPerson[],
  children: readonly Child[],
  values: Record<string, unknown>,
  problems: { errors?: unknown; fieldErrors?: Record<string, unknown> } = {},
) {
  const fieldErrors = problems.fieldErrors ?? {};
  const dates = Object.fromEntries(
    PAGES[page].dates.map((prefix) => {
      const error = ['day', 'month', 'year'].some((part) => fieldErrors[`${prefix}-${part}`]);
      return [prefix, { items: dateItems(values, prefix, error) }];
    }),
  );
  const offered = page === 'withdraw' ? people.filter((person) => person.live) : people;
  return reply.viewAsync(PAGES[page].view, {
    title: PAGES[page].title,
    summary,
    people: offered.map((person) => ({
      value: person.key,
      text: person.live || page === 'withdraw' ? person.label : `${person.label} (withdrawn)`,
      checked: values.giver === person.key,
    })),
    scope: asList(values.scope),
    // A journey about brothers and sisters may stop one child's network work only (ADR 0033).
    siblings:
      children.length > 1
        ? children.map((child) => ({
            value: child.id,
            text: childName(child),
            checked: values.childId === child.id,
          }))
        : null,
    values,
    dates,
    fieldErrors,
    ...(problems.errors ? { errors: problems.errors } : {}),
  });
}

/** Validates the page's form and, when it is good, records it. */
function submit(
  service: ConsentChangesService,
  page: Page,
  caller: Caller,
  journeyId: string,
  values: Record<string, unknown>,
) {
  const today = todayInLondon();
  if (page === 'withdraw') {
    const form = parseForm(withdrawalSchema(today), values);
    return form.ok ? service.withdraw(caller, journeyId, form.data) : form;
  }
  const form = parseForm(reconfirmationSchema(today), values);
  return form.ok ? service.reconfirm(caller, journeyId, form.data) : form;
}

export function consentRoutes(app: FastifyInstance, service: ConsentChangesService) {
  const openPage = service.page.bind(service);

  for (const page of ['withdraw', 'reconfirm'] as const) {
    const path = `/journeys/:journeyId/consent/${page}`;

    app.get<JourneyParams & { Querystring: { giver?: unknown } }>(
      path,
      { config: access },
      (request, reply) =>
        answerOpenJourney(request, reply, openPage, (opened) => {
          // A "Withdraw" or "Record consent given again" link in the consent table names the person.
          const giver =
            typeof request.query.giver === 'string' ? { giver: request.query.giver } : {};
          const values =
            page === 'withdraw'
              ? { ...giver, ...dateValues('withdrawnOn', opened.today) }
              : {
                  ...giver,
                  ...dateValues('reconfirmedOn', opened.today),
                  ...dateValues('nextDueOn', opened.defaultNextDue),
                };
          return renderConsentPage(
            reply,
            page,
            caseSummary(opened.found),
            opened.people,
            opened.found.children,
            values,
          );
        }),
    );

    app.post<JourneyParams>(path, { config: access }, (request, reply) =>
      answerOpenJourney(request, reply, openPage, async (opened, caller, journeyId) => {
        const values = (request.body ?? {}) as Record<string, unknown>;
        const result = await submit(service, page, caller, journeyId, values);
        if ('ok' in result) {
          const problems = inPageOrder(result, PAGES[page].fields);
          return renderConsentPage(
            reply.status(400),
            page,
            caseSummary(opened.found),
            opened.people,
            opened.found.children,
            values,
            problems,
          );
        }
        return answerChange(reply, journeyId, result, PAGES[page].notice, (problems) =>
          renderConsentPage(
            reply,
            page,
            caseSummary(opened.found),
            opened.people,
            opened.found.children,
            values,
            problems,
          ),
        );
      }),
    );
  }
}
