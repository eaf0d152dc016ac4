import type { ConferenceCase } from '../conferences/conference-test-support.ts';
import type { CastApp } from '../journeys/journeys-test-support.ts';

/** Shared by the plan's tests (plan-start.test.ts, plans.test.ts): a conference, its plan's rows. */

/** Makes conferences of the arranged journey: gives the address of each one's plan. */
export function conferenceMaker(setup: CastApp, arranged: ConferenceCase) {
  return async function conference(
    startsAt: Date | null,
    heldAs: 'conference' | 'alternative' = 'conference',
  ) {
    const organisationId = setup.cast.organisation.id;
    const row = await setup.context.ownerDb.db
      .insertInto('conferences')
      .values({
        organisation_id: organisationId,
        journey_id: arranged.journeyId,
        kind: 'lifelong_links_fgc',
        held_as: heldAs,
        starts_at: startsAt,
        duration_minutes: startsAt ? 120 : null,
        alternative_way: heldAs === 'alternative' ? 'A meeting at home with Nan' : null,
        alternative_reason: heldAs === 'alternative' ? 'Jordan did not want a big meeting' : null,
        created_by: setup.cast.coordinator.id,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return `/journeys/${arranged.journeyId}/conferences/${row.id}/plan`;
  };
}

/** The versions of a conference's plan, in order. */
export function planRowsOf(setup: CastApp) {
  return (conferenceId: string) =>
    setup.context.ownerDb.db
      .selectFrom('plans')
      .innerJoin('plan_versions', 'plan_versions.plan_id', 'plans.id')
      .select([
        'plan_versions.number',
        'plan_versions.content',
        'plan_versions.ready_at',
        'plan_versions.agreed_at',
      ])
      .where('plans.conference_id', '=', conferenceId)
      .orderBy('plan_versions.number')
      .execute();
}

export const conferenceIdOf = (href: string) => href.split('/')[4] ?? '';
