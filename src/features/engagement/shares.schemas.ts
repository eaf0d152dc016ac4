import { z } from 'zod';
import { SHARE_ITEMS, type ShareItem } from '../../domain/information-sharing.ts';
import { asList } from '../../platform/forms.ts';
import {
  ALWAYS,
  checkDate,
  choice,
  dateFields,
  optionalText,
  readDate,
  requiredText,
} from '../journeys/form-fields.ts';

const ITEM_CODES = SHARE_ITEMS.map((item) => item.code) as [ShareItem, ...ShareItem[]];

/** Information shared with someone in the network: checked against consent before it is kept. */
export function shareSchema(today: string) {
  return z
    .object({
      childId: z.preprocess(
        (value) => (typeof value === 'string' ? value : ''),
        z.string().min(1, 'Select whose information was shared'),
      ),
      sharedWith: requiredText(
        'Enter who the information was shared with',
        200,
        'Who it was shared with must be 200 characters or fewer',
      ),
      what: z.preprocess(
        asList,
        z
          .array(z.enum(ITEM_CODES, 'Select what was shared from the list'))
          .min(1, 'Select what was shared'),
      ),
      details: optionalText(5000, 'The details must be 5,000 characters or fewer'),
      method: choice(
        ['in_person', 'phone', 'video', 'letter', 'email'],
        'Select how it was shared',
      ),
      ...dateFields('sharedOn'),
    })
    .superRefine((data, ctx) => {
      const on = checkDate(data, 'sharedOn', ctx, 'the date it was shared');
      if (on && on > today) {
        ctx.addIssue({
          code: 'custom',
          path: ['sharedOn-day'],
          message: 'The date it was shared must be today or in the past',
        });
      }
    }, ALWAYS)
    .transform((data) => ({
      childId: data.childId,
      sharedWith: data.sharedWith,
      what: [...new Set(data.what)],
      details: data.details,
      method: data.method,
      sharedOn: readDate(data, 'sharedOn'),
    }));
}
export type ShareForm = z.infer<ReturnType<typeof shareSchema>>;
export const SHARE_FIELDS = ['childId', 'sharedWith', 'what', 'details', 'method', 'sharedOn'];
