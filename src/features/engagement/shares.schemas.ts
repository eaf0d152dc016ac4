import { z } from 'zod';
import { SHARE_ITEMS, type ShareItem } from '../../domain/information-sharing.ts';
import { asList, parseRecordId } from '../../platform/forms.ts';
import {
  ALWAYS,
  checkDate,
  choice,
  dateFields,
  optionalText,
  readDate,
} from '../journeys/form-fields.ts';

const ITEM_CODES = SHARE_ITEMS.map((item) => item.code) as [ShareItem, ...ShareItem[]];

/**
 * Information shared with a member of a young person's network (ADR 0033): checked against that
 * child's consent, and whether the member may be contacted, before it is kept.
 */
export function shareSchema(today: string) {
  return z
    .object({
      memberId: z.preprocess(
        (value) => parseRecordId(Array.isArray(value) ? value[0] : value) ?? '',
        z.string().min(1, 'Select who the information was shared with'),
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
      memberId: data.memberId,
      what: [...new Set(data.what)],
      details: data.details,
      method: data.method,
      sharedOn: readDate(data, 'sharedOn'),
    }));
}
export type ShareForm = z.infer<ReturnType<typeof shareSchema>>;
export const SHARE_FIELDS = ['memberId', 'what', 'details', 'method', 'sharedOn'];
