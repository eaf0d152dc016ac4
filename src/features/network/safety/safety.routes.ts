import type { FastifyInstance } from 'fastify';
import { todayInLondon } from '../../../domain/dates.ts';
import { formatDate, formatDateTime } from '../../../platform/date-format.ts';
import { parseForm } from '../../../platform/forms.ts';
import { dateItems, dateValues, readDate } from '../../journeys/form-fields.ts';
import { memberForm } from '../member-form.ts';
import { OUTCOME_LABELS, safetyRows } from '../people/member-steps.ts';
import { dateError } from '../pipeline/pipeline.routes.ts';
import { overrideSchema, safetySchema } from '../pipeline/pipeline.schemas.ts';
import type { SafetyService } from './safety.service.ts';

const OUTCOMES = ['safe', 'safe_with_conditions', 'not_safe'] as const;

export function safetyRoutes(app: FastifyInstance, service: SafetyService) {
  memberForm(app, {
    path: 'safety',
    access: 'journeys:work',
    template: 'features/network/safety/views/safety.njk',
    title: (person) => `Safety check for ${person}`,
    button: 'Save the safety check',
    open: (caller, journeyId, memberId) =>
      service.checkPage(caller, journeyId, memberId, 'work', 'safety'),
    values: ({ safety }) =>
      safety
        ? {
            riskNotes: safety.risk_notes ?? '',
            ...(safety.police_check_requested_on
              ? dateValues('policeCheckRequestedOn', safety.police_check_requested_on)
              : {}),
            policeCheckOutcome: safety.police_check_outcome ?? '',
            otherChecks: safety.other_checks ?? '',
            otherChecksOutcome: safety.other_checks_outcome ?? '',
            outcome: safety.outcome ?? '',
            conditions: safety.conditions ?? '',
            notSafeReason: safety.not_safe_reason ?? '',
          }
        : {},
    parts: (_page, values, fieldErrors) => ({
      outcomes: OUTCOMES.map((outcome) => ({
        value: outcome,
        text: OUTCOME_LABELS[outcome],
        checked: values.outcome === outcome,
      })),
      dateItems: dateItems(
        values,
        'policeCheckRequestedOn',
        Boolean(dateError(fieldErrors, 'policeCheckRequestedOn')),
      ),
      fieldErrors: {
        ...fieldErrors,
        policeCheckRequestedOn: dateError(fieldErrors, 'policeCheckRequestedOn'),
      },
    }),
    parse: (body) => parseForm(safetySchema(todayInLondon()), body),
    save: (caller, journeyId, memberId, data) =>
      service.record(caller, journeyId, memberId, {
        riskNotes: data.riskNotes,
        policeCheckRequestedOn: readDate(data, 'policeCheckRequestedOn') || null,
        policeCheckOutcome: data.policeCheckOutcome,
        otherChecks: data.otherChecks,
        otherChecksOutcome: data.otherChecksOutcome,
        outcome: data.outcome,
        conditions: data.conditions,
        notSafeReason: data.notSafeReason,
      }),
    notice: 'safety-recorded',
  });

  memberForm(app, {
    path: 'safety/sign-off',
    access: 'network:sign-off',
    template: 'features/network/safety/views/sign-off.njk',
    title: (person) => `Sign off the safety check for ${person}`,
    button: 'Sign off the safety check',
    open: (caller, journeyId, memberId) =>
      service.checkPage(caller, journeyId, memberId, 'sign-off', 'safety-sign-off'),
    parts: ({ safety }) => ({
      safety: safety ? safetyRows(safety, formatDate, formatDateTime) : [],
      notSafe: safety?.outcome === 'not_safe',
    }),
    parse: () => ({ ok: true, data: {} }),
    save: (caller, journeyId, memberId) => service.signOff(caller, journeyId, memberId),
    notice: 'safety-signed-off',
  });

  memberForm(app, {
    path: 'safety/override',
    access: 'network:override',
    template: 'features/network/safety/views/override.njk',
    title: (person) => `Allow contact with ${person} before the sign-off`,
    button: 'Allow contact',
    open: (caller, journeyId, memberId) =>
      service.checkPage(caller, journeyId, memberId, 'work', 'safety-override'),
    parse: (body) => parseForm(overrideSchema, body),
    save: (caller, journeyId, memberId, data) =>
      service.override(caller, journeyId, memberId, data.reason),
    notice: 'safety-overridden',
  });
}
