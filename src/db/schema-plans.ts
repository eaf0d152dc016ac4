import type { ColumnType, Generated } from 'kysely';
import type { DateText } from './schema-cases.ts';

/** The referrer's decisions on a plan's versions (migration 021, ADR 0030). */

export const PLAN_DECISION_OUTCOMES = ['agreed', 'delayed', 'not_agreed'] as const;
export type PlanDecisionOutcome = (typeof PLAN_DECISION_OUTCOMES)[number];

export interface PlanDecisionsTable {
  id: Generated<string>;
  organisation_id: string;
  plan_id: string;
  plan_version_id: string;
  outcome: PlanDecisionOutcome;
  reason: string | null;
  promised_on: DateText | null;
  family_told: Generated<boolean>;
  decided_by: string;
  decided_at: ColumnType<Date, Date | string | undefined, Date | string>;
}
