import { z } from 'zod';
import { INVITATION_METHODS, INVITATION_REPLIES, INVITATION_STATUSES } from '../../db/schema.ts';
import { parseRecordId } from '../../platform/forms.ts';
import { ALWAYS, choice, optionalText } from '../journeys/form-fields.ts';

const text = (max: number, what: string) =>
  optionalText(max, `${what} must be ${max.toLocaleString('en-GB')} characters or fewer`);

/** Who is invited (a network member, or a professional named here) and how. */
export const newInvitationSchema = z
  .object({
    invitee: z.preprocess((value) => (typeof value === 'string' ? value : ''), z.string()),
    professionalName: text(200, 'The professional’s name'),
    professionalRole: text(200, 'Their role'),
    method: choice(INVITATION_METHODS, 'Select how the invitation will be given'),
  })
  .superRefine((data, ctx) => {
    if (!data.invitee) {
      ctx.addIssue({ code: 'custom', path: ['invitee'], message: 'Select who to invite' });
    } else if (data.invitee === 'professional' && !data.professionalName) {
      ctx.addIssue({
        code: 'custom',
        path: ['professionalName'],
        message: 'Enter the professional’s name',
      });
    } else if (data.invitee !== 'professional' && !parseRecordId(data.invitee)) {
      ctx.addIssue({ code: 'custom', path: ['invitee'], message: 'Select who to invite' });
    }
  }, ALWAYS)
  .transform((data) =>
    data.invitee === 'professional'
      ? {
          memberId: null,
          professional: { name: data.professionalName ?? '', role: data.professionalRole },
          method: data.method,
        }
      : { memberId: data.invitee, professional: null, method: data.method },
  );
export type NewInvitationForm = z.infer<typeof newInvitationSchema>;

/** Where an invitation has got to, the reply, the person's needs and, if not coming, views. */
export const replySchema = z
  .object({
    status: choice(INVITATION_STATUSES, 'Select whether the invitation has been sent'),
    reply: z.preprocess(
      (value) => (value === 'none' || value === undefined ? '' : value),
      z.union([z.literal(''), z.enum(INVITATION_REPLIES)], 'Select their reply'),
    ),
    needs: text(2000, 'Their needs'),
    dietaryNeeds: text(500, 'Their dietary needs'),
    views: text(5000, 'Their views'),
  })
  .superRefine((data, ctx) => {
    if (data.reply && data.status !== 'replied') {
      ctx.addIssue({
        code: 'custom',
        path: ['status'],
        message: 'Select “They have replied” when you record their reply',
      });
    }
    if (data.status === 'replied' && !data.reply) {
      ctx.addIssue({ code: 'custom', path: ['reply'], message: 'Select their reply' });
    }
  }, ALWAYS)
  .transform((data) => ({
    status: data.status,
    reply: data.reply === '' ? null : data.reply,
    needs: data.needs,
    dietaryNeeds: data.dietaryNeeds,
    views: data.views,
  }));
export type ReplyForm = z.infer<typeof replySchema>;
