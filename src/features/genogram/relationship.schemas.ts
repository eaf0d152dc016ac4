import { z } from 'zod';
import { PARENT_KINDS, PARTNERSHIP_STATUSES } from '../../db/schema.ts';
import { yesNo } from '../journeys/form-fields.ts';

/** Correcting a relationship: the two people, and its kind (for a parent or a partnership). */

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

export type LinkKind = 'parent' | 'partner' | 'carer';

/** What the two choices are called, for each kind of link: the form's labels and messages. */
export const ENDS: Record<LinkKind, { from: string; to: string }> = {
  parent: { from: 'Parent', to: 'Child' },
  partner: { from: 'Partner', to: 'Their partner' },
  carer: { from: 'Carer', to: 'Cared for' },
};

export function relationshipChangeSchema(kind: LinkKind) {
  const ends = ENDS[kind];
  return z
    .object({
      fromPersonId: z.preprocess(text, z.string().min(1, `Choose the ${ends.from.toLowerCase()}`)),
      toPersonId: z.preprocess(text, z.string().min(1, `Choose who is ${ends.to.toLowerCase()}`)),
      parentKind: z.preprocess(text, z.enum(['', ...PARENT_KINDS])),
      partnershipStatus: z.preprocess(text, z.enum(['', ...PARTNERSHIP_STATUSES])),
    })
    .superRefine((form, ctx) => {
      if (kind === 'parent' && form.parentKind === '')
        ctx.addIssue({
          code: 'custom',
          path: ['parentKind'],
          message: 'Choose birth, adoptive or foster',
        });
      if (kind === 'partner' && form.partnershipStatus === '')
        ctx.addIssue({
          code: 'custom',
          path: ['partnershipStatus'],
          message: 'Choose how they are partners',
        });
    });
}
export type RelationshipChangeForm = z.infer<ReturnType<typeof relationshipChangeSchema>>;

export const removeRelationshipSchema = z.object({
  remove: yesNo('Choose yes to remove the relationship, or no to keep it'),
});
