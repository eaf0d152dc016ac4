import type { Db } from '../../db/database.ts';
import { instantFromLondon } from '../../domain/london-time.ts';
import {
  arrangeConferenceCase,
  type ConferenceCase,
} from '../conferences/conference-test-support.ts';
import type { Cast } from '../journeys/journeys-test-support.ts';

export interface HandoverCase extends ConferenceCase {
  conferenceId: string;
  planId: string;
  /** The plan's versions, oldest first (none when `versions` is 0). */
  versionIds: string[];
}

/**
 * A journey at stage 6 whose conference made a plan on `madeOn`, with `versions` versions (the
 * last agreed). The child's social worker is the referrer; the cast's IRO is the child's IRO.
 * Plan rows are written directly: the plan feature is not needed to test the handover.
 */
export async function arrangeHandoverCase(
  ownerDb: Db,
  cast: Cast,
  options: { madeOn: string; versions?: number },
): Promise<HandoverCase> {
  const arranged = await arrangeConferenceCase(ownerDb, cast);
  const organisationId = cast.organisation.id;
  await ownerDb
    .updateTable('journeys')
    .set({ stage: 6 })
    .where('id', '=', arranged.journeyId)
    .execute();
  await ownerDb
    .updateTable('children')
    .set({ social_worker_id: cast.referrer.id })
    .where('id', 'in', arranged.childIds)
    .execute();
  const conference = await ownerDb
    .insertInto('conferences')
    .values({
      organisation_id: organisationId,
      journey_id: arranged.journeyId,
      kind: 'lifelong_links_fgc',
      starts_at: instantFromLondon(options.madeOn, '10:00'),
      duration_minutes: 180,
      venue_id: arranged.venueId,
      created_by: cast.coordinator.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const plan = await ownerDb
    .insertInto('plans')
    .values({
      organisation_id: organisationId,
      journey_id: arranged.journeyId,
      conference_id: conference.id,
      made_on: options.madeOn,
      created_by: cast.coordinator.id,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const versionIds: string[] = [];
  const count = options.versions ?? 1;
  for (let number = 1; number <= count; number += 1) {
    const version = await ownerDb
      .insertInto('plan_versions')
      .values({
        organisation_id: organisationId,
        plan_id: plan.id,
        number,
        content: JSON.stringify({ wishes: 'To see my aunt every month' }),
        created_by: cast.coordinator.id,
        agreed_at: number === count ? new Date() : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    versionIds.push(version.id);
  }
  return { ...arranged, conferenceId: conference.id, planId: plan.id, versionIds };
}
