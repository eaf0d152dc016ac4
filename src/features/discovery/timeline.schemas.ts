import { z } from 'zod';
import { ALWAYS } from '../journeys/form-fields.ts';
import { remembered, rememberedDate } from './chronology.schemas.ts';

/** A moment in the young person's own timeline, in their words (kept exactly as typed). */
export function timelineSchema(today: string) {
  return z
    .object({
      childId: z.preprocess(
        (value) => (typeof value === 'string' ? value : ''),
        z.string().min(1, 'Select whose timeline this is'),
      ),
      when: z.preprocess(
        (value) => (typeof value === 'string' ? value : ''),
        z.string().max(40, 'When it happened must be 40 characters or fewer'),
      ),
      ownWords: z.preprocess(
        (value) => (typeof value === 'string' ? value.replace(/\r\n/g, '\n') : ''),
        z
          .string()
          .max(5000, 'What they said must be 5,000 characters or fewer')
          .refine((text) => text.trim() !== '', 'Enter what the young person said'),
      ),
    })
    .superRefine((data, ctx) => {
      rememberedDate(data, 'when', today, ctx);
    }, ALWAYS)
    .transform((data) => {
      const when = remembered(data.when, today);
      return {
        childId: data.childId,
        dateText: when.text,
        sortOn: when.sortOn,
        ownWords: data.ownWords,
      };
    });
}
export type TimelineForm = z.infer<ReturnType<typeof timelineSchema>>;
export const TIMELINE_FIELDS = ['childId', 'when', 'ownWords'];
