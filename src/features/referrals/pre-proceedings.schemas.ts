import { z } from 'zod';
import { DATE_RULES } from '../../domain/dates.ts';
import { optionalDate, optionalText, yesNo } from './referral-forms.ts';

export const RESPONSES = ['awaiting', 'accepted', 'declined'] as const;

/** The offer of a family group decision-making meeting (s.31ZA Children Act 1989). Every answer is optional, bar the exemption's. */
export function preProceedingsSchema(today: string) {
  return z
    .object({
      offeredOn: optionalDate('the date of the offer').refine(
        (value) => value === null || value <= today,
        DATE_RULES.notInFuture('the date of the offer'),
      ),
      inLetterBeforeProceedings: yesNo,
      offeredTo: optionalText(300, 'who it was offered to'),
      response: z
        .enum(RESPONSES)
        .optional()
        .transform((value) => value ?? null),
      respondedBy: optionalText(120, 'who accepted or declined'),
      meetingOn: optionalDate('the date of the meeting'),
      applicationOn: optionalDate('the date of the application'),
      bestInterestsExemption: yesNo.transform((value) => value === true),
      exemptionReason: optionalText(2000, 'the reason for the exemption'),
      exemptionDecidedBy: optionalText(120, 'who decided the exemption'),
    })
    .superRefine((form, context) => {
      if (!form.bestInterestsExemption) return;
      if (!form.exemptionReason) {
        context.addIssue({
          code: 'custom',
          path: ['exemptionReason'],
          message: 'Give the reason it is not in the child’s best interests',
        });
      }
      if (!form.exemptionDecidedBy) {
        context.addIssue({
          code: 'custom',
          path: ['exemptionDecidedBy'],
          message: 'Enter who made the exemption decision',
        });
      }
    });
}

export type PreProceedingsForm = z.infer<ReturnType<typeof preProceedingsSchema>>;
