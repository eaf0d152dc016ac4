import { z } from 'zod';
import { PARENT_KINDS, PARTNERSHIP_STATUSES } from '../../db/schema.ts';
import { choice, optionalText, ticked } from '../journeys/form-fields.ts';

/** Adding a relative from a person on the genogram: who, and how they are related. */

export const RELATIVE_ROLES = ['parent', 'partner', 'child', 'carer'] as const;
export type RelativeRole = (typeof RELATIVE_ROLES)[number];

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export const relativeSchema = z
  .object({
    personId: z.preprocess(text, z.string()),
    as: choice(RELATIVE_ROLES, 'Choose how they are related'),
    existingPersonId: z.preprocess(text, z.string()),
    firstName: optionalText(100, 'First name must be 100 characters or fewer'),
    lastName: optionalText(100, 'Last name must be 100 characters or fewer'),
    gender: z.preprocess(
      (v) => (typeof v === 'string' && v !== '' ? v : 'unknown'),
      z.enum(['female', 'male', 'other', 'unknown']),
    ),
    birthYear: z.preprocess(
      text,
      z.string().regex(/^(\d{4})?$/, 'Enter the year of birth as 4 numbers, like 1985'),
    ),
    birthYearApproximate: ticked,
    deceased: ticked,
    relationship: optionalText(
      100,
      'The relationship to the young person must be 100 characters or fewer',
    ),
    parentKind: z.preprocess(text, z.enum(['', ...PARENT_KINDS])),
    partnershipStatus: z.preprocess(text, z.enum(['', ...PARTNERSHIP_STATUSES])),
  })
  .superRefine((form, ctx) => {
    if (form.existingPersonId === '' && !form.firstName)
      ctx.addIssue({
        code: 'custom',
        path: ['existingPersonId'],
        message: 'Choose a person in the network, or enter the first name of someone new',
      });
    if ((form.as === 'parent' || form.as === 'child') && form.parentKind === '')
      ctx.addIssue({
        code: 'custom',
        path: ['parentKind'],
        message: 'Choose birth, adoptive or foster',
      });
    if (form.as === 'partner' && form.partnershipStatus === '')
      ctx.addIssue({
        code: 'custom',
        path: ['partnershipStatus'],
        message: 'Choose how they are partners',
      });
  });
export type RelativeForm = z.infer<typeof relativeSchema>;
