import type { Tx } from '../../../db/database.ts';
import { pipelineAfter } from '../../../domain/conference-day-rules.ts';
import { STATUS_ORDER } from '../../../domain/network-pipeline.ts';
import type { Caller } from '../../journeys/journey-case.service.ts';
import { findMember, updateMember } from '../network.repository.ts';
import { auditNetwork } from '../network.service.ts';

/**
 * The conference moves a member along their pipeline (ADR 0029): an invitation sent makes them
 * `invited`, coming to the conference `attended`. Forward only: a later status is kept, and a
 * closed part (an off-ramp, a "no") is never reopened by it. Audited as a network change.
 * Answers whether the status moved.
 */
export async function advanceForConference(
  tx: Tx,
  caller: Caller,
  memberId: string,
  to: 'invited' | 'attended',
  conferenceId: string,
): Promise<boolean> {
  const member = await findMember(tx, memberId, { lock: true });
  if (!member) return false;
  const next = pipelineAfter(STATUS_ORDER, member.status, to, member.off_ramp !== null);
  if (!next) return false;
  await updateMember(tx, memberId, { status: next });
  await auditNetwork(
    tx,
    caller,
    `network.${to}`,
    { type: 'network_member', id: memberId },
    { childId: member.child_id, conferenceId },
  );
  return true;
}
