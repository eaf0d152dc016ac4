import { sql } from 'kysely';
import type { Tx } from '../../../db/database.ts';
import type { SafetyOutcome } from '../../../db/schema.ts';
import type { Caller } from '../../journeys/journey-case.service.ts';

/** The safety checks of network members (sensitive; migration 012). */

export interface SafetyDetails {
  riskNotes: string | null;
  policeCheckRequestedOn: string | null;
  policeCheckOutcome: string | null;
  otherChecks: string | null;
  otherChecksOutcome: string | null;
  outcome: SafetyOutcome | null;
  conditions: string | null;
  notSafeReason: string | null;
}

/** Saves a member's check; a changed check needs signing off again. */
export async function saveSafetyCheck(
  tx: Tx,
  caller: Caller,
  memberId: string,
  details: SafetyDetails,
) {
  const columns = {
    risk_notes: details.riskNotes,
    police_check_requested_on: details.policeCheckRequestedOn,
    police_check_outcome: details.policeCheckOutcome,
    other_checks: details.otherChecks,
    other_checks_outcome: details.otherChecksOutcome,
    outcome: details.outcome,
    conditions: details.conditions,
    not_safe_reason: details.notSafeReason,
    recorded_by: caller.user.id,
    signed_off_by: null,
    signed_off_as: null,
    signed_off_at: null,
  };
  await tx
    .insertInto('network_safety_checks')
    .values({ organisation_id: caller.user.organisationId, member_id: memberId, ...columns })
    .onConflict((conflict) =>
      conflict
        .columns(['organisation_id', 'member_id'])
        .doUpdateSet({ ...columns, recorded_at: sql`now()`, updated_at: sql`now()` }),
    )
    .execute();
}

/** A closure as "not safe": the reason is kept with the (sensitive) check. */
export async function recordNotSafe(tx: Tx, caller: Caller, memberId: string, reason: string) {
  await tx
    .insertInto('network_safety_checks')
    .values({
      organisation_id: caller.user.organisationId,
      member_id: memberId,
      outcome: 'not_safe',
      not_safe_reason: reason,
      recorded_by: caller.user.id,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['organisation_id', 'member_id'])
        .doUpdateSet({ outcome: 'not_safe', not_safe_reason: reason, updated_at: sql`now()` }),
    )
    .execute();
}

export async function signOff(
  tx: Tx,
  memberId: string,
  userId: string,
  as: 'team_manager' | 'social_worker',
) {
  await tx
    .updateTable('network_safety_checks')
    .set({
      signed_off_by: userId,
      signed_off_as: as,
      signed_off_at: sql`now()`,
      updated_at: sql`now()`,
    })
    .where('member_id', '=', memberId)
    .execute();
}

export async function recordOverride(tx: Tx, caller: Caller, memberId: string, reason: string) {
  const override = {
    override_by: caller.user.id,
    override_reason: reason,
    override_at: sql<Date>`now()`,
  };
  await tx
    .insertInto('network_safety_checks')
    .values({
      organisation_id: caller.user.organisationId,
      member_id: memberId,
      recorded_by: caller.user.id,
      ...override,
    })
    .onConflict((conflict) =>
      conflict
        .columns(['organisation_id', 'member_id'])
        .doUpdateSet({ ...override, updated_at: sql`now()` }),
    )
    .execute();
}
