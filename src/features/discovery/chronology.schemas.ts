import { z } from 'zod';
import { type ApproximateDate, readApproximateDate } from '../../domain/approximate-dates.ts';
import { asList } from '../../platform/forms.ts';
import { ALWAYS, choice, requiredText } from '../journeys/form-fields.ts';

export const CATEGORIES = [
  'placement_move',
  'school',
  'family_event',
  'professional_involvement',
] as const;

export const CATEGORY_NAMES: Record<(typeof CATEGORIES)[number], string> = {
  placement_move: 'Placement move',
  school: 'School',
  family_event: 'Family event',
  professional_involvement: 'Professional involvement',
};

const DATE_MESSAGES = {
  empty: 'Enter when it happened',
  unreadable:
    'Enter when it happened as a date, a month, a season or a year, for example 12/3/2009, March 2009, spring 2009 or about 1985',
  future: 'When it happened must be today or in the past',
};

/** A date as remembered, read with `readApproximateDate`; its problem goes against `field`. */
export function rememberedDate(
  data: { [key: string]: unknown },
  field: string,
  today: string,
  ctx: z.RefinementCtx,
) {
  const reading = readApproximateDate(String(data[field] ?? ''), today);
  if (reading.ok) return reading.date;
  ctx.addIssue({ code: 'custom', path: [field], message: DATE_MESSAGES[reading.reason] });
  return null;
}

/** A date that `rememberedDate` has already passed. */
export function remembered(typed: string, today: string): ApproximateDate {
  const reading = readApproximateDate(typed, today);
  if (!reading.ok) throw new Error('The date was checked before this');
  return reading.date;
}

/** An event in a child's chronology, with the network people it involves. */
export function chronologySchema(today: string) {
  return z
    .object({
      childId: z.preprocess(
        (value) => (typeof value === 'string' ? value : ''),
        z.string().min(1, 'Select whose chronology this is for'),
      ),
      when: z.preprocess(
        (value) => (typeof value === 'string' ? value : ''),
        z.string().max(40, 'When it happened must be 40 characters or fewer'),
      ),
      category: choice(CATEGORIES, 'Select what kind of event it was'),
      summary: requiredText(
        'Enter what happened',
        500,
        'What happened must be 500 characters or fewer',
      ),
      sourceNote: requiredText(
        'Enter where this information came from',
        300,
        'Where it came from must be 300 characters or fewer',
      ),
      people: z.preprocess(asList, z.array(z.uuid('Select people from the list')).max(100)),
    })
    .superRefine((data, ctx) => {
      rememberedDate(data, 'when', today, ctx);
    }, ALWAYS)
    .transform((data) => {
      const when = remembered(data.when, today);
      return {
        childId: data.childId,
        startsOn: when.sortOn,
        dateText: when.text,
        category: data.category,
        summary: data.summary,
        sourceNote: data.sourceNote,
        personIds: [...new Set(data.people)],
      };
    });
}
export type ChronologyForm = z.infer<ReturnType<typeof chronologySchema>>;
export const CHRONOLOGY_FIELDS = ['childId', 'when', 'category', 'summary', 'sourceNote', 'people'];
