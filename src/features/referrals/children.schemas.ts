import { z } from 'zod';
import { DATE_RULES } from '../../domain/dates.ts';
import { optionalDate, optionalText, requiredDate, requiredText } from './referral-forms.ts';

export const childSearchSchema = z.object({
  q: optionalText(100, 'the name or record ID'),
  dob: optionalDate('the date of birth'),
});

export function newChildSchema(today: string) {
  return z.object({
    firstName: requiredText(100, 'Enter their first name', 'the first name'),
    lastName: requiredText(100, 'Enter their last name', 'the last name'),
    dateOfBirth: requiredDate('their date of birth').refine(
      (value) => value === '' || value === 'invalid' || value <= today,
      DATE_RULES.notInFuture('their date of birth'),
    ),
    caseRecordId: optionalText(50, 'the record ID'),
    lookedAfter: z
      .unknown()
      .optional()
      .transform((value) => value === 'yes'),
  });
}

export const childIdSchema = z.object({ childId: z.uuid({ error: 'Select a child' }) });

/** "Continue" on the children page posts this instead of a child. */
export const continueSchema = z.object({ action: z.literal('continue') });
