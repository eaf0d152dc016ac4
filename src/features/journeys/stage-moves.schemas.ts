import { z } from 'zod';
import { requiredText } from './form-fields.ts';

export const moveSchema = z.object({
  toStage: z.preprocess((value) => Number(value), z.number().int('Choose the stage to move to')),
  reason: requiredText(
    'Enter why the journey is moving on',
    2000,
    'The reason must be 2,000 characters or fewer',
  ),
});
export type MoveForm = z.infer<typeof moveSchema>;

const REASON_MESSAGES = {
  pause: 'Enter why the journey is being paused',
  resume: 'Enter why the journey is being resumed',
  end: 'Enter why the journey is ending',
} as const;

export function statusChangeSchema(change: keyof typeof REASON_MESSAGES) {
  return z.object({
    reason: requiredText(
      REASON_MESSAGES[change],
      2000,
      'The reason must be 2,000 characters or fewer',
    ),
  });
}
