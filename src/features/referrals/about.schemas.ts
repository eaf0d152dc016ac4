import { z } from 'zod';
import type { ReferralKindCode } from '../../domain/referral-reference.ts';
import { optionalText, requiredText, requiredYesNo, yesNo } from './referral-forms.ts';

export const ABOUT_PAGES = ['reason', 'risks', 'support'] as const;
export type AboutPage = (typeof ABOUT_PAGES)[number];

const LONG = 5000;

/** "Save and continue" asks for every answer the page needs; "Save and come back later" does not. */
function text(strict: boolean, message: string, what: string, max = LONG) {
  return strict ? requiredText(max, message, what) : optionalText(max, what);
}

export function aboutSchema(page: AboutPage, kind: ReferralKindCode, strict: boolean) {
  if (page === 'reason') {
    return z.object({
      reason: text(strict, 'Say why you are making this referral', 'the reason'),
      hopes: text(strict, 'Say what you hope the referral will achieve', 'what you hope for'),
      bottomLines:
        kind === 'fgc'
          ? text(
              strict,
              'Give the bottom lines: what must happen for the child to be safe',
              'the bottom lines',
            )
          : z
              .unknown()
              .optional()
              .transform(() => null),
    });
  }
  if (page === 'risks') {
    return z.object({
      knownRisks: text(
        strict,
        'Describe the known risks, or write “None known”',
        'the known risks',
      ),
      placementTimeline:
        kind === 'lifelong_links'
          ? text(strict, 'Give the placement timeline', 'the placement timeline')
          : optionalText(LONG, 'the placement timeline'),
      chronology: optionalText(LONG, 'the chronology'),
    });
  }
  return z.object({
    language: text(strict, 'Enter the young person’s first language', 'the first language', 60),
    interpreterNeeded: strict ? requiredYesNo('Select yes if an interpreter is needed') : yesNo,
    advocateNeeded: strict ? requiredYesNo('Select yes if an advocate is needed') : yesNo,
    supportNeeds: optionalText(2000, 'other support needs'),
  });
}

/** Which button was pressed. */
export const saveActionSchema = z.object({
  action: z.enum(['continue', 'later']).catch('continue'),
});
