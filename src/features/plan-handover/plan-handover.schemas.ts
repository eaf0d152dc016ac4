import { z } from 'zod';
import { CARE_PLAN_KINDS, COPY_METHODS, RECIPIENT_KINDS, REVIEW_KINDS } from '../../db/schema.ts';
import { timeOfDayFrom } from '../../domain/london-time.ts';
import { asList, parseRecordId } from '../../platform/forms.ts';
import {
  ALWAYS,
  checkDate,
  choice,
  dateFields,
  optionalText,
  readDate,
  requiredText,
  yesNo,
} from '../journeys/form-fields.ts';

const id = (message: string) =>
  z.preprocess(
    (value) => (typeof value === 'string' ? value : ''),
    z.string().refine((value) => parseRecordId(value) !== null, message),
  );

/** Someone to send the plan to: who, which version, how, and when it went (if it has). */
export const recipientSchema = z
  .object({
    recipientKind: choice(RECIPIENT_KINDS, 'Select who the plan is for'),
    memberId: z.preprocess((value) => (typeof value === 'string' ? value : ''), z.string()),
    name: optionalText(200, 'The name must be 200 characters or fewer'),
    versionId: id('Select the version of the plan'),
    method: choice(COPY_METHODS, 'Select how the plan is sent'),
    ...dateFields('sentOn'),
  })
  .superRefine((data, ctx) => {
    if (data.recipientKind === 'network_member' && !parseRecordId(data.memberId)) {
      ctx.addIssue({ code: 'custom', path: ['memberId'], message: 'Select the network member' });
    }
    if ((data.recipientKind === 'carer' || data.recipientKind === 'other') && !data.name) {
      ctx.addIssue({ code: 'custom', path: ['name'], message: 'Enter their name' });
    }
    checkDate(data, 'sentOn', ctx, 'the date sent', { optional: true });
  }, ALWAYS)
  .transform((data) => ({
    recipientKind: data.recipientKind,
    memberId: data.recipientKind === 'network_member' ? data.memberId : null,
    name: data.recipientKind === 'network_member' ? null : data.name,
    versionId: data.versionId,
    method: data.method,
    sentOn: readDate(data, 'sentOn') || null,
  }));
export type RecipientForm = z.infer<typeof recipientSchema>;
export const RECIPIENT_FIELDS = [
  'recipientKind',
  'memberId',
  'name',
  'versionId',
  'method',
  'sentOn',
];

/** When a copy went, and when its receiver said they had it. */
export const copyDatesSchema = z
  .object({ ...dateFields('sentOn'), ...dateFields('acknowledgedOn') })
  .superRefine((data, ctx) => {
    checkDate(data, 'sentOn', ctx, 'the date sent', { optional: true });
    checkDate(data, 'acknowledgedOn', ctx, 'the date acknowledged', { optional: true });
  }, ALWAYS)
  .transform((data) => ({
    sentOn: readDate(data, 'sentOn') || null,
    acknowledgedOn: readDate(data, 'acknowledgedOn') || null,
  }));
export type CopyDatesForm = z.infer<typeof copyDatesSchema>;

/** Feedback asked of some of the people who got the plan, on one day. */
export const feedbackSchema = z
  .object({
    recipientIds: z.preprocess(
      (value) => asList(value),
      z
        .array(z.string())
        .min(1, 'Select who you asked for feedback')
        .refine((ids) => ids.every((one) => parseRecordId(one) !== null), 'Select who you asked'),
    ),
    ...dateFields('askedOn'),
  })
  .superRefine((data, ctx) => {
    checkDate(data, 'askedOn', ctx, 'the date feedback was asked');
  }, ALWAYS)
  .transform((data) => ({ recipientIds: data.recipientIds, askedOn: readDate(data, 'askedOn') }));
export type FeedbackForm = z.infer<typeof feedbackSchema>;

/** A review conference offered: the version it would review, and the day it was offered. */
export const offerSchema = z
  .object({ versionId: id('Select the version of the plan'), ...dateFields('offeredOn') })
  .superRefine((data, ctx) => {
    checkDate(data, 'offeredOn', ctx, 'the date the review was offered');
  }, ALWAYS)
  .transform((data) => ({ versionId: data.versionId, offeredOn: readDate(data, 'offeredOn') }));
export type OfferForm = z.infer<typeof offerSchema>;

export const DURATIONS = ['60', '90', '120', '180', '240'] as const;

/** The answer to the offer; an accepted review is given its date, time and length. */
export const answerSchema = z
  .object({
    answer: choice(['accepted', 'declined'], 'Select whether the review was accepted'),
    ...dateFields('answeredOn'),
    ...dateFields('startsOn'),
    time: z.preprocess((value) => (typeof value === 'string' ? value.trim() : ''), z.string()),
    duration: z.preprocess((value) => (typeof value === 'string' ? value : ''), z.string()),
  })
  .superRefine((data, ctx) => {
    checkDate(data, 'answeredOn', ctx, 'the date of the answer');
    if (data.answer !== 'accepted') return;
    checkDate(data, 'startsOn', ctx, 'the date of the review conference');
    if (!timeOfDayFrom(data.time)) {
      ctx.addIssue({
        code: 'custom',
        path: ['time'],
        message: data.time
          ? 'Enter the time as, for example, 10:30 or 2pm'
          : 'Enter the time the review conference starts',
      });
    }
    if (!(DURATIONS as readonly string[]).includes(data.duration)) {
      ctx.addIssue({ code: 'custom', path: ['duration'], message: 'Select how long it will be' });
    }
  }, ALWAYS)
  .transform((data) => ({
    answer: data.answer,
    answeredOn: readDate(data, 'answeredOn'),
    review:
      data.answer === 'accepted'
        ? {
            startsOn: readDate(data, 'startsOn'),
            time: timeOfDayFrom(data.time) ?? '',
            durationMinutes: Number(data.duration),
          }
        : null,
  }));
export type AnswerForm = z.infer<typeof answerSchema>;
export const ANSWER_FIELDS = ['answer', 'answeredOn', 'startsOn', 'time', 'duration'];

/** The IRO's own copy: which version, when it reached them, how. */
export const iroCopySchema = z
  .object({
    versionId: id('Select the version of the plan'),
    ...dateFields('receivedOn'),
    method: choice(COPY_METHODS, 'Select how the copy reached you'),
  })
  .superRefine((data, ctx) => {
    checkDate(data, 'receivedOn', ctx, 'the date you received it');
  }, ALWAYS)
  .transform((data) => ({
    versionId: data.versionId,
    receivedOn: readDate(data, 'receivedOn'),
    method: data.method,
  }));
export type IroCopyForm = z.infer<typeof iroCopySchema>;

/** The plan is in the care or pathway plan: which, the main record's reference and the date. */
export const carePlanSchema = z
  .object({
    versionId: id('Select the version of the plan'),
    carePlanKind: choice(CARE_PLAN_KINDS, 'Select the care plan or the pathway plan'),
    reference: requiredText(
      'Enter the main record’s reference',
      100,
      'The reference must be 100 characters or fewer',
    ),
    ...dateFields('includedOn'),
  })
  .superRefine((data, ctx) => {
    checkDate(data, 'includedOn', ctx, 'the date it was included');
  }, ALWAYS)
  .transform((data) => ({
    versionId: data.versionId,
    carePlanKind: data.carePlanKind,
    reference: data.reference,
    includedOn: readDate(data, 'includedOn'),
  }));
export type CarePlanForm = z.infer<typeof carePlanSchema>;

/** A network member and reviews: whether the young person agreed, and when they were invited. */
export const reviewInvitationSchema = z
  .object({
    memberId: id('Select the network member'),
    reviewKind: choice(REVIEW_KINDS, 'Select which reviews'),
    agreed: yesNo('Select whether the young person agreed'),
    ...dateFields('invitedOn'),
  })
  .superRefine((data, ctx) => {
    checkDate(data, 'invitedOn', ctx, 'the date invited', { optional: true });
  }, ALWAYS)
  .transform((data) => ({
    memberId: data.memberId,
    reviewKind: data.reviewKind,
    agreed: data.agreed,
    invitedOn: readDate(data, 'invitedOn') || null,
  }));
export type ReviewInvitationForm = z.infer<typeof reviewInvitationSchema>;
