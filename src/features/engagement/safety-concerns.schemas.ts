import { z } from 'zod';
import { ALWAYS, choice, optionalText, requiredText } from '../journeys/form-fields.ts';

/** A concern about a child's or another person's safety. */
export const concernSchema = z
  .object({
    childId: z.preprocess(
      (value) => (typeof value === 'string' ? value : ''),
      z.string().min(1, 'Select which child the concern is about'),
    ),
    about: choice(
      ['child', 'other_person'],
      'Select whether the concern is about the child’s safety or another person’s',
    ),
    otherPerson: optionalText(300, 'Who the other person is must be 300 characters or fewer'),
    details: requiredText(
      'Enter what the concern is',
      10000,
      'The concern must be 10,000 characters or fewer',
    ),
  })
  .superRefine((data, ctx) => {
    if (data.about === 'other_person' && !data.otherPerson) {
      ctx.addIssue({
        code: 'custom',
        path: ['otherPerson'],
        message: 'Enter who the other person is',
      });
    }
  }, ALWAYS);
export type ConcernForm = z.infer<typeof concernSchema>;
export const CONCERN_FIELDS = ['childId', 'about', 'otherPerson', 'details'];
