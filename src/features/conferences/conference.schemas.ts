import { z } from 'zod';
import { CONFERENCE_KINDS, CONFERENCE_PURPOSES, REMOTE_METHODS } from '../../db/schema.ts';
import { languagesFrom } from '../../domain/conference-rules.ts';
import { timeOfDayFrom } from '../../domain/london-time.ts';
import { parseRecordId } from '../../platform/forms.ts';
import {
  ALWAYS,
  checkDate,
  choice,
  dateFields,
  optionalText,
  readDate,
  requiredText,
  ticked,
} from '../journeys/form-fields.ts';

export const DURATIONS = ['60', '90', '120', '150', '180', '240', '300'] as const;
export const ARRANGEMENT_FIELDS = [
  'kind',
  'purpose',
  'startsOn',
  'time',
  'duration',
  'venueId',
  'food',
  'language',
  'interpreterLanguages',
  'advocate',
  'remoteMethod',
  'remoteLink',
  'groundRules',
];

const text = (max: number, what: string) =>
  optionalText(max, `${what} must be ${max.toLocaleString('en-GB')} characters or fewer`);

/** When, where and how the conference is held (issue 8, stage 5). */
export const arrangementsSchema = z
  .object({
    kind: choice(CONFERENCE_KINDS, 'Select the kind of conference'),
    purpose: choice(CONFERENCE_PURPOSES, 'Select whether this is the first conference or a review'),
    ...dateFields('startsOn'),
    time: z.preprocess((value) => (typeof value === 'string' ? value : ''), z.string().trim()),
    duration: choice(DURATIONS, 'Select how long the conference will be'),
    venueId: z.preprocess((value) => parseRecordId(value), z.string().nullable()),
    food: text(1000, 'The food'),
    language: text(60, 'The language'),
    interpreterLanguages: z.preprocess(
      (value) => (typeof value === 'string' ? value : ''),
      z.string().max(300, 'The interpreters’ languages must be 300 characters or fewer'),
    ),
    advocate: text(300, 'The advocate'),
    remoteMethod: z.preprocess(
      (value) => (value === 'none' || value === undefined ? '' : value),
      z.union([z.literal(''), z.enum(REMOTE_METHODS)], 'Select how people can join remotely'),
    ),
    remoteLink: text(500, 'The link'),
    groundRules: text(3000, 'The ground rules'),
  })
  .superRefine((data, ctx) => {
    checkDate(data, 'startsOn', ctx, 'the date of the conference');
    if (!timeOfDayFrom(data.time)) {
      ctx.addIssue({
        code: 'custom',
        path: ['time'],
        message: data.time
          ? 'Enter the time as, for example, 10:30 or 2pm'
          : 'Enter the time of the conference',
      });
    }
    if (data.remoteLink && !data.remoteMethod) {
      ctx.addIssue({
        code: 'custom',
        path: ['remoteMethod'],
        message: 'Select how people join remotely, or remove the link',
      });
    }
  }, ALWAYS)
  .transform((data) => ({
    kind: data.kind,
    purpose: data.purpose,
    startsOn: readDate(data, 'startsOn'),
    time: timeOfDayFrom(data.time) ?? '',
    durationMinutes: Number(data.duration),
    venueId: data.venueId,
    food: data.food,
    language: data.language,
    interpreterLanguages: languagesFrom(data.interpreterLanguages),
    advocate: data.advocate,
    remoteMethod: data.remoteMethod === '' ? null : data.remoteMethod,
    remoteLink: data.remoteLink,
    groundRules: data.groundRules,
  }));
export type ArrangementsForm = z.infer<typeof arrangementsSchema>;

/** The other way of deciding, when a conference is not right or not wanted. */
export const alternativeSchema = z.object({
  kind: choice(CONFERENCE_KINDS, 'Select the kind of conference this replaces'),
  way: requiredText(
    'Enter how the decisions will be made instead',
    2000,
    'How the decisions will be made must be 2,000 characters or fewer',
  ),
  reason: requiredText(
    'Enter why a conference is not right or not wanted',
    2000,
    'Why must be 2,000 characters or fewer',
  ),
});
export type AlternativeForm = z.infer<typeof alternativeSchema>;

/** What the young person wants from the conference. */
export const youngPersonSchema = z.object({
  wanted: z.preprocess(
    (value) => (Array.isArray(value) ? value : value === undefined ? [] : [value]),
    z.array(z.string()),
  ),
  whatMatters: text(5000, 'What matters to them'),
  supportNeeds: text(3000, 'Their support needs'),
  youngPersonPrepared: ticked,
});
export type YoungPersonForm = z.infer<typeof youngPersonSchema>;

/** Who is prepared, and the professionals' written information for the family. */
export function preparationSchema(today: string) {
  return z
    .object({
      networkPrepared: ticked,
      professionalsPrepared: ticked,
      writtenInformation: text(10000, 'The written information'),
      ...dateFields('sharedOn'),
      sharedWith: text(1000, 'Who it was shared with'),
    })
    .superRefine((data, ctx) => {
      const sharedOn = checkDate(data, 'sharedOn', ctx, 'the date it was shared', {
        optional: true,
      });
      if (sharedOn && sharedOn > today) {
        ctx.addIssue({
          code: 'custom',
          path: ['sharedOn-day'],
          message: 'The date it was shared must be today or in the past',
        });
      }
      if (sharedOn && !data.sharedWith) {
        ctx.addIssue({
          code: 'custom',
          path: ['sharedWith'],
          message: 'Enter who the written information was shared with',
        });
      }
    }, ALWAYS)
    .transform((data) => ({
      networkPrepared: data.networkPrepared,
      professionalsPrepared: data.professionalsPrepared,
      writtenInformation: data.writtenInformation,
      sharedOn: readDate(data, 'sharedOn') || null,
      sharedWith: data.sharedWith,
    }));
}
export type PreparationForm = z.infer<ReturnType<typeof preparationSchema>>;
