import { z } from 'zod';

/**
 * The organisation's deadline settings form. Each answer is a whole number in the range the
 * database allows (migration 016), with a message that says what to enter.
 */
function wholeNumber(
  label: string,
  range: { min: number; max: number },
  messages: { empty: string; notNumber: string },
) {
  const outside = `${label} must be between ${range.min} and ${range.max}`;
  return z.preprocess(
    (value) => (typeof value === 'string' ? value.trim() : ''),
    z
      .string()
      .min(1, messages.empty)
      .regex(/^\d{1,3}$/, messages.notNumber)
      .transform(Number)
      .pipe(z.number().min(range.min, outside).max(range.max, outside)),
  );
}

export const deadlineSettingsSchema = z.object({
  referralResponseWorkingDays: wholeNumber(
    'The working days to respond to a referral',
    { min: 1, max: 30 },
    {
      empty: 'Enter how many working days the team has to respond to a referral',
      notNumber: 'The working days to respond to a referral must be a whole number, like 5',
    },
  ),
  reminderWorkingDays: wholeNumber(
    'The working days before a date for the reminder',
    { min: 0, max: 10 },
    {
      empty: 'Enter how many working days before a date the reminder comes',
      notNumber: 'The working days before a date for the reminder must be a whole number, like 2',
    },
  ),
  turningFifteenWorkingDay: wholeNumber(
    'The working day of the month for the turning 15 list',
    { min: 1, max: 10 },
    {
      empty: 'Enter on which working day of the month the turning 15 list is made',
      notNumber:
        'The working day of the month for the turning 15 list must be a whole number, like 1',
    },
  ),
});

export type DeadlineSettingsForm = z.infer<typeof deadlineSettingsSchema>;
