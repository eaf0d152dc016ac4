import { z } from 'zod';
import { asList } from '../../platform/forms.ts';
import { optionalText, requiredDate, requiredText } from './referral-forms.ts';

// Fields are declared in the order the pages show them: error summaries follow this order.
export const METHODS = ['in_person', 'phone', 'video', 'letter', 'email'] as const;
export const SCOPES = ['search', 'contact', 'share'] as const;

const scopeAndSharing = {
  givenOn: requiredDate('the date they gave consent'),
  method: z.enum(METHODS, { error: 'Select how they gave consent' }),
  scope: z
    .unknown()
    .optional()
    .transform((value) =>
      asList(value).filter((item) => (SCOPES as readonly string[]).includes(item)),
    )
    .refine((list) => list.length > 0, 'Select what they agreed to'),
  shareLocation: z
    .unknown()
    .optional()
    .transform((value) => value === 'yes'),
  shareOnlyWith: optionalText(1000, 'the people information may be shared with'),
};

function sharingRule(form: { scope: string[]; shareLocation: boolean }, context: z.RefinementCtx) {
  if (form.shareLocation && !form.scope.includes('share')) {
    context.addIssue({
      code: 'custom',
      path: ['shareLocation'],
      message:
        'Where they live can only be shared if they agree to share information with the network',
    });
  }
}

export const youngPersonConsentSchema = z
  .object({
    childId: z.uuid({ error: 'Select which young person this is' }),
    ...scopeAndSharing,
    ownWords: optionalText(2000, 'their own words'),
  })
  .superRefine(sharingRule);

export const parentalConsentSchema = z
  .object({
    giverName: requiredText(120, 'Enter the name of the person giving consent', 'the name'),
    relationship: requiredText(60, 'Enter their relationship to the child', 'the relationship'),
    childIds: z
      .unknown()
      .optional()
      .transform((value) => asList(value))
      .pipe(z.array(z.uuid()).min(1, 'Select which children this consent is for')),
    ...scopeAndSharing,
  })
  .superRefine(sharingRule);

export type YoungPersonConsentForm = z.infer<typeof youngPersonConsentSchema>;
export type ParentalConsentForm = z.infer<typeof parentalConsentSchema>;
