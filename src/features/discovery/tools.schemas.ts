import { z } from 'zod';
import {
  ALWAYS,
  checkDate,
  choice,
  dateFields,
  optionalText,
  readDate,
  ticked,
} from '../journeys/form-fields.ts';

/** One discovery tool: when it was offered, what the young person chose, what was discussed. */
export function toolSchema(today: string) {
  return z
    .object({
      ...dateFields('offeredOn'),
      outcome: choice(
        ['not_yet', 'completed', 'declined'],
        'Select whether the young person completed or declined the tool, or not yet',
      ),
      discussedWithYoungPerson: ticked,
      discussedWithProfessionals: ticked,
      nextSteps: optionalText(5000, 'The next steps must be 5,000 characters or fewer'),
    })
    .superRefine((data, ctx) => {
      const offeredOn = checkDate(data, 'offeredOn', ctx, 'the date the tool was offered');
      if (offeredOn && offeredOn > today) {
        ctx.addIssue({
          code: 'custom',
          path: ['offeredOn-day'],
          message: 'The date the tool was offered must be today or in the past',
        });
      }
      if (data.discussedWithProfessionals && !data.nextSteps) {
        ctx.addIssue({
          code: 'custom',
          path: ['nextSteps'],
          message: 'Enter the next steps agreed with the social worker and carer',
        });
      }
    }, ALWAYS)
    .transform((data) => ({
      offeredOn: readDate(data, 'offeredOn'),
      outcome: data.outcome === 'not_yet' ? null : data.outcome,
      discussedWithYoungPerson: data.discussedWithYoungPerson,
      discussedWithProfessionals: data.discussedWithProfessionals,
      nextSteps: data.nextSteps,
    }));
}
export type ToolForm = z.infer<ReturnType<typeof toolSchema>>;

export const TOOL_FIELDS = [
  'offeredOn',
  'outcome',
  'discussedWithYoungPerson',
  'discussedWithProfessionals',
  'nextSteps',
];
