import type { FastifyInstance } from 'fastify';
import { todayInLondon } from '../../../domain/dates.ts';
import { parseForm } from '../../../platform/forms.ts';
import { dateItems, readDate } from '../../journeys/form-fields.ts';
import { memberForm } from '../member-form.ts';
import { OFF_RAMP_LABELS } from '../network-labels.ts';
import {
  CLOSE_REASONS,
  closeSchema,
  progressSchema,
  STEPS,
  saySchema,
} from './pipeline.schemas.ts';
import type { PipelineService } from './pipeline.service.ts';

const work = 'journeys:work' as const;

const STEP_LABELS: Record<(typeof STEPS)[number], string> = {
  located: 'They have been located',
  contacted: 'The first contact happened',
  agreed: 'They agreed to take part',
};

/** A date input's message, whichever of its three fields it is against. */
export function dateError(fieldErrors: Record<string, unknown>, prefix: string) {
  return (
    fieldErrors[`${prefix}-day`] ??
    fieldErrors[`${prefix}-month`] ??
    fieldErrors[`${prefix}-year`] ??
    fieldErrors[prefix]
  );
}

export function pipelineRoutes(app: FastifyInstance, service: PipelineService) {
  memberForm(app, {
    path: 'say',
    access: work,
    template: 'features/network/pipeline/views/say.njk',
    title: (person, child) => `What does ${child} say about ${person}?`,
    button: 'Save their say',
    open: (caller, journeyId, memberId) => service.page(caller, journeyId, memberId, 'say'),
    values: (page) => ({
      say: page.network.member.young_person_say,
      ownWords: page.network.member.say_in_own_words ?? '',
    }),
    parse: (body) => parseForm(saySchema, body),
    save: (caller, journeyId, memberId, data) =>
      service.recordSay(caller, journeyId, memberId, data.say, data.ownWords),
    notice: 'say-recorded',
  });

  memberForm(app, {
    path: 'progress',
    access: work,
    template: 'features/network/pipeline/views/progress.njk',
    title: (person) => `Record progress with ${person}`,
    button: 'Save progress',
    open: (caller, journeyId, memberId) => service.page(caller, journeyId, memberId, 'progress'),
    parts: (_page, values, fieldErrors) => ({
      steps: STEPS.map((step) => ({
        value: step,
        text: STEP_LABELS[step],
        checked: values.step === step,
      })),
      dateItems: dateItems(values, 'on', Boolean(dateError(fieldErrors, 'on'))),
      fieldErrors: { ...fieldErrors, on: dateError(fieldErrors, 'on') },
    }),
    parse: (body) => parseForm(progressSchema(todayInLondon()), body),
    save: (caller, journeyId, memberId, data) =>
      service.recordStep(caller, journeyId, memberId, data.step, readDate(data, 'on')),
    notice: 'progress-recorded',
  });

  memberForm(app, {
    path: 'close',
    access: work,
    template: 'features/network/pipeline/views/close.njk',
    title: (person, child) => `Close ${person}’s part in ${child}’s network`,
    button: 'Close their part',
    open: (caller, journeyId, memberId) => service.page(caller, journeyId, memberId, 'close'),
    parts: (_page, values) => ({
      reasons: CLOSE_REASONS.map((reason) => ({
        value: reason,
        text: OFF_RAMP_LABELS[reason],
        checked: values.reason === reason,
      })),
    }),
    parse: (body) => parseForm(closeSchema, body),
    save: (caller, journeyId, memberId, data) =>
      service.close(caller, journeyId, memberId, data.reason, data.notes),
    notice: 'closed',
  });
}
