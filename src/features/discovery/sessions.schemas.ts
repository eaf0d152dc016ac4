import { z } from 'zod';
import { TOOL_CODES } from '../../domain/discovery-tools.ts';
import { asList } from '../../platform/forms.ts';
import { ALWAYS, checkDate, dateFields, readDate, requiredText } from '../journeys/form-fields.ts';

/**
 * The young person's words are kept as they said them: not trimmed, so their spacing and line
 * breaks stay; only a box left blank (or only spaces) counts as empty.
 */
function ownWords(max: number, tooLong: string) {
  return z.preprocess(
    (value) => (typeof value === 'string' ? value.replace(/\r\n/g, '\n') : ''),
    z
      .string()
      .max(max, tooLong)
      .refine((text) => !text.includes('\u0000'), 'Remove the hidden character from the text')
      .transform((text) => (text.trim() === '' ? null : text)),
  );
}

/** A session with the young person (issue 10, "Meeting the young person"). */
export function sessionSchema(today: string) {
  return z
    .object({
      ...dateFields('heldOn'),
      place: requiredText(
        'Enter where you met',
        300,
        'Where you met must be 300 characters or fewer',
      ),
      whoWasThere: requiredText(
        'Enter who was there',
        1000,
        'Who was there must be 1,000 characters or fewer',
      ),
      tools: z.preprocess(
        asList,
        z.array(z.enum(TOOL_CODES, 'Select the tools from the list')).max(6),
      ),
      ownWords: ownWords(10000, 'What they said must be 10,000 characters or fewer'),
      wantsNext: ownWords(5000, 'What they want next must be 5,000 characters or fewer'),
    })
    .superRefine((data, ctx) => {
      const heldOn = checkDate(data, 'heldOn', ctx, 'the date of the session');
      if (heldOn && heldOn > today) {
        ctx.addIssue({
          code: 'custom',
          path: ['heldOn-day'],
          message: 'The date of the session must be today or in the past',
        });
      }
    }, ALWAYS)
    .transform((data) => ({
      heldOn: readDate(data, 'heldOn'),
      place: data.place,
      whoWasThere: data.whoWasThere,
      tools: [...new Set(data.tools)],
      ownWords: data.ownWords,
      wantsNext: data.wantsNext,
    }));
}
export type SessionForm = z.infer<ReturnType<typeof sessionSchema>>;

export const SESSION_FIELDS = ['heldOn', 'place', 'whoWasThere', 'tools', 'ownWords', 'wantsNext'];
