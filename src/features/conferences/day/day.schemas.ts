import { z } from 'zod';
import {
  ASKED_BY,
  ATTENDED_HOW,
  CONFERENCE_DAY_STATUSES,
  CONFERENCE_PARTS,
} from '../../../db/schema.ts';
import { privateTimeProblem } from '../../../domain/conference-day-rules.ts';
import { timeOfDayFrom } from '../../../domain/london-time.ts';
import { asList } from '../../../platform/forms.ts';
import {
  ALWAYS,
  checkDate,
  choice,
  dateFields,
  optionalText,
  readDate,
  requiredText,
} from '../../journeys/form-fields.ts';

const timeText = z.preprocess(
  (value) => (typeof value === 'string' ? value : ''),
  z.string().trim(),
);

/** A time of day field: 'HH:MM', or a message for the field. */
function checkTime(ctx: z.RefinementCtx, field: string, value: string, what: string) {
  if (timeOfDayFrom(value)) return;
  ctx.addIssue({
    code: 'custom',
    path: [field],
    message: value ? 'Enter the time as, for example, 10:30 or 2pm' : `Enter the time ${what}`,
  });
}

/**
 * Who is on the register: an invitation (`invitation:<id>`), a network member who was not
 * invited (`member:<id>`), or someone else named on the form.
 */
export const attendanceSchema = z
  .object({
    who: z.preprocess((value) => (typeof value === 'string' ? value : ''), z.string()),
    name: optionalText(200, 'The name must be 200 characters or fewer'),
    role: optionalText(200, 'Their role must be 200 characters or fewer'),
    how: choice(ATTENDED_HOW, 'Select whether they came in person or joined remotely'),
    parts: z.preprocess(
      (value) => asList(value),
      z
        .array(z.enum(CONFERENCE_PARTS, 'Select the parts they were there for'))
        .min(1, 'Select the parts they were there for'),
    ),
  })
  .superRefine((data, ctx) => {
    const match = /^(invitation|member):([0-9a-f-]{36})$/.exec(data.who);
    if (!match && data.who !== 'someone-else') {
      ctx.addIssue({ code: 'custom', path: ['who'], message: 'Select who came' });
    }
    if (data.who === 'someone-else' && !data.name) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'Enter the name of who came' });
    }
  }, ALWAYS)
  .transform((data) => {
    const [kind, id] = data.who.split(':') as [string, string | undefined];
    return {
      invitationId: kind === 'invitation' ? (id ?? null) : null,
      memberId: kind === 'member' ? (id ?? null) : null,
      name: data.who === 'someone-else' ? data.name : null,
      role: data.who === 'someone-else' ? data.role : null,
      how: data.how,
      parts: [...new Set(data.parts)],
    };
  });
export type AttendanceForm = z.infer<typeof attendanceSchema>;

/** One note of the information-sharing part. */
export const sharedNoteSchema = z.object({
  sharedBy: requiredText(
    'Enter who shared it',
    200,
    'Who shared it must be 200 characters or fewer',
  ),
  what: requiredText(
    'Enter what was shared',
    2000,
    'What was shared must be 2,000 characters or fewer',
  ),
});
export type SharedNoteForm = z.infer<typeof sharedNoteSchema>;

/** Private family time: from and to, and a professional only if the young person or family asked. */
export const privateTimeSchema = z
  .object({
    from: timeText,
    to: timeText,
    professionalPresent: choice(
      ['yes', 'no'],
      'Select whether a professional stayed for private family time',
    ),
    professional: optionalText(200, 'Who stayed must be 200 characters or fewer'),
    askedBy: z.preprocess(
      (value) => (typeof value === 'string' ? value : ''),
      z.union([z.literal(''), z.enum(ASKED_BY)]),
    ),
    askedByName: optionalText(200, 'Who asked must be 200 characters or fewer'),
  })
  .superRefine((data, ctx) => {
    checkTime(ctx, 'from', data.from, 'private family time started');
    checkTime(ctx, 'to', data.to, 'private family time ended');
    const present = data.professionalPresent === 'yes';
    if (present && !data.professional) {
      ctx.addIssue({
        code: 'custom',
        path: ['professional'],
        message: 'Enter who stayed for private family time',
      });
    }
    const from = timeOfDayFrom(data.from);
    const to = timeOfDayFrom(data.to);
    if (!from || !to) return;
    const verdict = privateTimeProblem({
      from,
      to,
      professional: present ? (data.professional ?? '?') : null,
      askedBy: data.askedBy || null,
    });
    if (!verdict.ok)
      ctx.addIssue({ code: 'custom', path: [verdict.field], message: verdict.reason });
  }, ALWAYS)
  .transform((data) => {
    const present = data.professionalPresent === 'yes';
    return {
      from: timeOfDayFrom(data.from) ?? '',
      to: timeOfDayFrom(data.to) ?? '',
      professional: present ? data.professional : null,
      askedBy: present && data.askedBy ? data.askedBy : null,
      askedByName: present ? data.askedByName : null,
    };
  });
export type PrivateTimeForm = z.infer<typeof privateTimeSchema>;

/** Whether the conference happened: held (when), or cancelled or postponed (why). */
export const heldSchema = z
  .object({
    status: choice(CONFERENCE_DAY_STATUSES, 'Select whether the conference was held'),
    ...dateFields('heldOn'),
    startedAt: timeText,
    endedAt: timeText,
    reason: optionalText(2000, 'The reason must be 2,000 characters or fewer'),
  })
  .superRefine((data, ctx) => {
    if (data.status === 'held') {
      checkDate(data, 'heldOn', ctx, 'the date the conference was held');
      checkTime(ctx, 'startedAt', data.startedAt, 'the conference started');
      checkTime(ctx, 'endedAt', data.endedAt, 'the conference ended');
    }
    if ((data.status === 'cancelled' || data.status === 'postponed') && !data.reason) {
      ctx.addIssue({
        code: 'custom',
        path: ['reason'],
        message: `Enter why the conference was ${data.status}`,
      });
    }
  }, ALWAYS)
  .transform((data) =>
    data.status === 'held'
      ? {
          status: data.status,
          heldOn: readDate(data, 'heldOn'),
          startedAt: timeOfDayFrom(data.startedAt) ?? '',
          endedAt: timeOfDayFrom(data.endedAt) ?? '',
          reason: null,
        }
      : { status: data.status, heldOn: '', startedAt: '', endedAt: '', reason: data.reason },
  );
export type HeldForm = z.infer<typeof heldSchema>;
