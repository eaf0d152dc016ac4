import { z } from 'zod';
import { readApproximateDate } from '../../domain/approximate-dates.ts';
import { ALWAYS, choice, optionalText, requiredText } from '../journeys/form-fields.ts';
import { remembered, rememberedDate } from './chronology.schemas.ts';

export const PLACE_KINDS = ['placement', 'school', 'family_home', 'other'] as const;
export const PLACE_KIND_NAMES: Record<(typeof PLACE_KINDS)[number], string> = {
  placement: 'A placement (foster or residential home)',
  school: 'A school or college',
  family_home: 'A family home',
  other: 'Somewhere else they spent time',
};

const optionalDate = z.preprocess(
  (value) => (typeof value === 'string' ? value : ''),
  z.string().max(40, 'The date must be 40 characters or fewer'),
);

/** A place on the mobility map: an area (never a full address), when, and what kind. */
export function placeSchema(today: string) {
  return z
    .object({
      childId: z.preprocess(
        (value) => (typeof value === 'string' ? value : ''),
        z.string().min(1, 'Select whose map this place is on'),
      ),
      area: requiredText(
        'Enter the area, for example the town or the part of a city',
        120,
        'The area must be 120 characters or fewer',
      ).refine(
        (area) => !/\d/.test(area),
        'Enter an area, not an address: leave out house numbers and postcodes',
      ),
      kind: choice(PLACE_KINDS, 'Select what kind of place it was'),
      from: optionalDate,
      to: optionalDate,
      notes: optionalText(2000, 'The notes must be 2,000 characters or fewer'),
    })
    .superRefine((data, ctx) => {
      if (data.from.trim()) rememberedDate(data, 'from', today, ctx);
      if (data.to.trim()) rememberedDate(data, 'to', today, ctx);
    }, ALWAYS)
    .transform((data) => {
      const from = data.from.trim() ? remembered(data.from, today) : null;
      const to = data.to.trim() ? readApproximateDate(data.to, today) : null;
      return {
        childId: data.childId,
        area: data.area,
        kind: data.kind,
        fromText: from?.text ?? null,
        fromOn: from?.sortOn ?? null,
        toText: to?.ok ? to.date.text : null,
        notes: data.notes,
      };
    });
}
export type PlaceForm = z.infer<ReturnType<typeof placeSchema>>;
export const PLACE_FIELDS = ['childId', 'area', 'kind', 'from', 'to', 'notes'];

/** A person found at a place: just enough to start them as a lead in the network. */
export const LEAD_KINDS = [
  'birth_family',
  'extended_family',
  'former_foster_carer',
  'former_residential_worker',
  'teacher',
  'friend',
  'other_adult',
] as const;
export const LEAD_KIND_NAMES: Record<(typeof LEAD_KINDS)[number], string> = {
  birth_family: 'Birth family',
  extended_family: 'Extended family',
  former_foster_carer: 'Former foster carer',
  former_residential_worker: 'Former residential worker',
  teacher: 'Teacher',
  friend: 'Friend',
  other_adult: 'Another adult',
};

export const leadSchema = z.object({
  firstName: requiredText(
    'Enter their first name, or what the young person calls them',
    100,
    'The first name must be 100 characters or fewer',
  ),
  lastName: optionalText(100, 'The last name must be 100 characters or fewer'),
  relationship: requiredText(
    'Enter who they are to the young person',
    100,
    'Who they are must be 100 characters or fewer',
  ),
  kind: choice(LEAD_KINDS, 'Select what kind of person they are'),
});
export type LeadForm = z.infer<typeof leadSchema>;
export const LEAD_FIELDS = ['firstName', 'lastName', 'relationship', 'kind'];
