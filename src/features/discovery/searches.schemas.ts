import { z } from 'zod';
import { pageQuerySchema } from '../../platform/pagination.ts';
import {
  ALWAYS,
  checkDate,
  choice,
  dateFields,
  readDate,
  requiredText,
  yesNo,
} from '../journeys/form-fields.ts';

export const SEARCH_SOURCES = [
  'social_media',
  'electoral_roll',
  'people_search',
  'genealogy',
  'records',
] as const;

export const SOURCE_NAMES: Record<(typeof SEARCH_SOURCES)[number], string> = {
  social_media: 'Social media',
  electoral_roll: 'Electoral roll',
  people_search: 'People-search service',
  genealogy: 'Genealogy site',
  records: 'Records (council or other agency)',
};

/** One online search, logged as it was done (issue 10, "Online search log"). */
export function searchSchema(today: string) {
  return z
    .object({
      ...dateFields('searchedOn'),
      source: choice(SEARCH_SOURCES, 'Select where you searched'),
      terms: requiredText(
        'Enter what you searched for',
        1000,
        'What you searched for must be 1,000 characters or fewer',
      ),
      result: requiredText(
        'Enter what the search found, or that it found nothing',
        5000,
        'What the search found must be 5,000 characters or fewer',
      ),
      lawfulBasis: requiredText(
        'Enter the lawful basis reference',
        300,
        'The lawful basis reference must be 300 characters or fewer',
      ),
      safeToShare: yesNo('Select yes if the result is safe to share with the young person'),
    })
    .superRefine((data, ctx) => {
      const on = checkDate(data, 'searchedOn', ctx, 'the date of the search');
      if (on && on > today) {
        ctx.addIssue({
          code: 'custom',
          path: ['searchedOn-day'],
          message: 'The date of the search must be today or in the past',
        });
      }
    }, ALWAYS)
    .transform((data) => ({
      searchedOn: readDate(data, 'searchedOn'),
      source: data.source,
      terms: data.terms,
      result: data.result,
      lawfulBasis: data.lawfulBasis,
      safeToShare: data.safeToShare,
    }));
}
export type SearchForm = z.infer<ReturnType<typeof searchSchema>>;
export const SEARCH_FIELDS = [
  'searchedOn',
  'source',
  'terms',
  'result',
  'lawfulBasis',
  'safeToShare',
];

const text = z.preprocess(
  (value) => (Array.isArray(value) ? value[0] : value),
  z.string().trim().max(200).optional().catch(undefined),
);

/** The team's search log: words to look for, a source, and the page. */
export const searchLogQuerySchema = z.object({
  q: text,
  source: z.preprocess(
    (value) => (Array.isArray(value) ? value[0] : value),
    z.enum(SEARCH_SOURCES).optional().catch(undefined),
  ),
  ...pageQuerySchema,
});
