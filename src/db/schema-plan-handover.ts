import type { ColumnType, Generated } from 'kysely';
import type { DateText } from './schema-cases.ts';

/** The plan sent out and handed over (migration 022, ADR 0031). */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Created = Generated<Date>;

export const RECIPIENT_KINDS = [
  'young_person',
  'network_member',
  'social_worker',
  'iro',
  'carer',
  'other',
] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];
export const COPY_METHODS = ['email', 'post', 'in_person', 'secure_link'] as const;
export type CopyMethod = (typeof COPY_METHODS)[number];
export const REVIEW_KINDS = ['looked_after_review', 'pathway_plan_review'] as const;
export type ReviewKind = (typeof REVIEW_KINDS)[number];
export const CARE_PLAN_KINDS = ['care_plan', 'pathway_plan'] as const;
export type CarePlanKind = (typeof CARE_PLAN_KINDS)[number];

export interface PlanRecipientsTable {
  id: Generated<string>;
  organisation_id: string;
  plan_id: string;
  plan_version_id: string;
  recipient_kind: RecipientKind;
  member_id: string | null;
  name: string | null;
  method: CopyMethod;
  sent_on: DateText | null;
  acknowledged_on: DateText | null;
  created_by: string;
  created_at: Created;
  updated_at: Timestamp;
}

export interface PlanFeedbackRequestsTable {
  id: Generated<string>;
  organisation_id: string;
  plan_id: string;
  recipient_id: string;
  asked_on: DateText;
  created_by: string;
  created_at: Created;
}

export interface PlanReviewOffersTable {
  id: Generated<string>;
  organisation_id: string;
  plan_id: string;
  plan_version_id: string;
  offered_on: DateText;
  answer: 'accepted' | 'declined' | null;
  answered_on: DateText | null;
  conference_id: string | null;
  created_by: string;
  created_at: Created;
  updated_at: Timestamp;
}

export interface PlanIroCopiesTable {
  id: Generated<string>;
  organisation_id: string;
  plan_id: string;
  plan_version_id: string;
  iro_id: string;
  received_on: DateText;
  method: CopyMethod;
  created_at: Created;
}

export interface PlanCarePlanConfirmationsTable {
  id: Generated<string>;
  organisation_id: string;
  plan_id: string;
  plan_version_id: string;
  care_plan_kind: CarePlanKind;
  main_record_reference: string;
  included_on: DateText;
  confirmed_by: string;
  created_at: Created;
}

export interface PlanReviewInvitationsTable {
  id: Generated<string>;
  organisation_id: string;
  plan_id: string;
  member_id: string;
  review_kind: ReviewKind;
  young_person_agreed: boolean;
  invited_on: DateText | null;
  created_by: string;
  created_at: Created;
}
