import { z } from 'zod';
import { ACTION_METHODS, CARER_TERMS, MAX_TEXT } from '../../domain/plan-content.ts';
import { parseRecordId } from '../../platform/forms.ts';
import {
  ALWAYS,
  checkDate,
  choice,
  dateFields,
  optionalText,
  readDate,
  requiredText,
} from '../journeys/form-fields.ts';

const limit = (max: number, what: string) =>
  `${what} must be ${max.toLocaleString('en-GB')} characters or fewer`;
const text = (max: number, what: string) => optionalText(max, limit(max, what));
const needed = (empty: string, max: number, what: string) =>
  requiredText(empty, max, limit(max, what));

/** The day an alternative way of deciding made its plan (a conference's is its own date). */
export function startSchema(today: string) {
  return z
    .object({ ...dateFields('madeOn') })
    .superRefine((data, ctx) => {
      const made = checkDate(data, 'madeOn', ctx, 'the day the decision was made');
      if (made && made > today) {
        ctx.addIssue({
          code: 'custom',
          path: ['madeOn-day'],
          message: 'The day the decision was made must be today or in the past',
        });
      }
    })
    .transform((data) => ({ madeOn: readDate(data, 'madeOn') }));
}

/** One written section: empty is allowed (it clears the section). */
export const textSectionSchema = z.object({ text: text(MAX_TEXT, 'The section') });

/**
 * Who does something, or who the monitor is: a person in the network (chosen from the list), or
 * a professional by name and role. Shared by the action and monitor forms.
 */
const ownerFields = {
  ownerKind: choice(['member', 'professional'], 'Select who will do it'),
  memberId: z.preprocess((value) => parseRecordId(value), z.string().nullable()),
  professionalName: text(200, 'The name'),
  professionalRole: text(200, 'The role'),
};

function checkOwner(
  data: { ownerKind: string; memberId: string | null; professionalName: string | null },
  ctx: z.RefinementCtx,
  who: string,
) {
  if (data.ownerKind === 'member' && !data.memberId) {
    ctx.addIssue({ code: 'custom', path: ['memberId'], message: `Select ${who} from the list` });
  }
  if (data.ownerKind === 'professional' && !data.professionalName) {
    ctx.addIssue({
      code: 'custom',
      path: ['professionalName'],
      message: 'Enter the professional’s name',
    });
  }
}

export type OwnerChoice =
  | { kind: 'member'; memberId: string }
  | { kind: 'professional'; name: string; role: string };

function ownerOf(data: {
  ownerKind: string;
  memberId: string | null;
  professionalName: string | null;
  professionalRole: string | null;
}): OwnerChoice {
  return data.ownerKind === 'member'
    ? { kind: 'member', memberId: data.memberId ?? '' }
    : {
        kind: 'professional',
        name: data.professionalName ?? '',
        role: data.professionalRole ?? '',
      };
}

export const ACTION_FIELDS = [
  'what',
  'ownerKind',
  'memberId',
  'professionalName',
  'byWhen',
  'howOften',
  'how',
];

/** One action: what, who, by when, how often and how. */
export const actionSchema = z
  .object({
    what: needed('Enter what will be done', 1000, 'What will be done'),
    ...ownerFields,
    ...dateFields('byWhen'),
    howOften: text(200, 'How often'),
    how: choice(ACTION_METHODS, 'Select how it will be done'),
  })
  .superRefine((data, ctx) => {
    checkOwner(data, ctx, 'the person');
    checkDate(data, 'byWhen', ctx, 'the date it will be done by', { optional: true });
  }, ALWAYS)
  .transform((data) => ({
    what: data.what,
    owner: ownerOf(data),
    byWhen: readDate(data, 'byWhen') || null,
    howOften: data.howOften,
    how: data.how,
  }));
export type ActionForm = z.infer<typeof actionSchema>;

/** The monitor or link person the young person chose. */
export const monitorSchema = z
  .object(ownerFields)
  .superRefine((data, ctx) => checkOwner(data, ctx, 'the monitor'), ALWAYS)
  .transform(ownerOf);

/** A carer identified at a family group conference. */
export const carerSchema = z.object({
  name: needed('Enter the carer’s name', 200, 'The name'),
  term: choice(CARER_TERMS, 'Select whether they will care short term or long term'),
  capacity: needed('Enter what they can offer', 2000, 'What they can offer'),
  barriers: text(2000, 'What might get in the way'),
});
export type CarerForm = z.infer<typeof carerSchema>;

/** The referrer's decision on the plan. */
export function decisionSchema(today: string) {
  return z
    .object({
      outcome: choice(['agreed', 'delayed', 'not_agreed'], 'Select your decision'),
      delayReason: text(4000, 'The reason'),
      ...dateFields('promisedOn'),
      familyTold: z.preprocess((value) => value ?? '', z.string()),
      riskReason: text(4000, 'The reason'),
    })
    .superRefine((data, ctx) => {
      if (data.outcome === 'delayed') {
        if (!data.delayReason) {
          ctx.addIssue({
            code: 'custom',
            path: ['delayReason'],
            message: 'Enter why agreement is delayed',
          });
        }
        const promised = checkDate(data, 'promisedOn', ctx, 'the date you will decide by');
        if (promised && promised < today) {
          ctx.addIssue({
            code: 'custom',
            path: ['promisedOn-day'],
            message: 'The date you will decide by must be today or in the future',
          });
        }
        if (data.familyTold !== 'yes') {
          ctx.addIssue({
            code: 'custom',
            path: ['familyTold'],
            message: 'Tell the young person and family about the delay, then confirm you have',
          });
        }
      }
      if (data.outcome === 'not_agreed' && !data.riskReason) {
        ctx.addIssue({
          code: 'custom',
          path: ['riskReason'],
          message: 'Enter how the plan places the young person at risk of harm',
        });
      }
    }, ALWAYS)
    .transform((data) => ({
      outcome: data.outcome,
      reason:
        data.outcome === 'delayed'
          ? data.delayReason
          : data.outcome === 'not_agreed'
            ? data.riskReason
            : null,
      promisedOn: data.outcome === 'delayed' ? readDate(data, 'promisedOn') : null,
      familyTold: data.outcome === 'delayed' && data.familyTold === 'yes',
    }));
}
export type DecisionForm = z.infer<ReturnType<typeof decisionSchema>>;

export const DECISION_FIELDS = ['outcome', 'delayReason', 'promisedOn', 'familyTold', 'riskReason'];
