import { z } from 'zod';
import { timeOfDayFrom } from '../../domain/london-time.ts';
import {
  ALWAYS,
  checkDate,
  choice,
  dateFields,
  optionalText,
  readDate,
  requiredText,
  ticked,
  yesNo,
} from './form-fields.ts';

export const DURATIONS = ['30', '45', '60', '90', '120', '180'] as const;

/** When and where the planning meeting is, and whether the carer is invited. */
export function scheduleSchema(today: string) {
  return z
    .object({
      ...dateFields('meetingOn'),
      time: z.preprocess((value) => (typeof value === 'string' ? value : ''), z.string().trim()),
      duration: choice(DURATIONS, 'Select how long the meeting will be'),
      venue: requiredText(
        'Enter where the meeting will be',
        300,
        'Where the meeting will be must be 300 characters or fewer',
      ),
      carerInvited: ticked,
    })
    .superRefine((data, ctx) => {
      const meetingOn = checkDate(data, 'meetingOn', ctx, 'the date of the meeting');
      if (meetingOn && meetingOn < today) {
        ctx.addIssue({
          code: 'custom',
          path: ['meetingOn-day'],
          message: 'The date of the meeting must be today or in the future',
        });
      }
      if (!timeOfDayFrom(data.time)) {
        ctx.addIssue({
          code: 'custom',
          path: ['time'],
          message: data.time
            ? 'Enter the time as, for example, 10:30 or 2pm'
            : 'Enter the time of the meeting',
        });
      }
    }, ALWAYS)
    .transform((data) => ({
      meetingOn: readDate(data, 'meetingOn'),
      time: timeOfDayFrom(data.time) ?? '',
      durationMinutes: Number(data.duration),
      venue: data.venue,
      carerInvited: data.carerInvited,
    }));
}
export type ScheduleForm = z.infer<ReturnType<typeof scheduleSchema>>;

const LONG = 5000;
const tooLong = (what: string) => `${what} must be 5,000 characters or fewer`;

/** What the planning meeting decided (DOMAIN.md, stage 2). */
export const recordSchema = z.object({
  attendees: requiredText('Enter who came to the meeting', LONG, tooLong('Who came')),
  objectives: requiredText('Enter the key objectives', LONG, tooLong('The key objectives')),
  constraintsAndRisks: requiredText(
    'Enter the constraints and risks, or say there are none',
    LONG,
    tooLong('The constraints and risks'),
  ),
  participationNeeds: requiredText(
    'Enter how the young person will take part and the support they need',
    LONG,
    tooLong('How the young person will take part'),
  ),
  advocateOffered: yesNo('Select yes if an advocate was offered'),
  interpreterOffered: yesNo('Select yes if an interpreter or translator was offered'),
  carerSupportNeeds: optionalText(LONG, tooLong('The carer’s support needs')),
  consentIssues: optionalText(LONG, tooLong('The consent issues')),
  timescalesAndNextSteps: requiredText(
    'Enter the timescales and next steps agreed',
    LONG,
    tooLong('The timescales and next steps'),
  ),
  chronologyProvided: yesNo('Select yes if the chronology was provided'),
});
export type RecordForm = z.infer<typeof recordSchema>;
