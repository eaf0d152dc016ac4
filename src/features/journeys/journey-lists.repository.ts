import { type ExpressionBuilder, sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { KindredDatabase } from '../../db/schema.ts';
import type { ChildNameParts } from '../../domain/person-name.ts';
import type { CaseVisibility } from '../../platform/access-policy.ts';
import type { JourneyFilter } from './journey-lists.schemas.ts';

export const LIST_LIMIT = 200;

type From = ExpressionBuilder<KindredDatabase, 'journeys' | 'referrals'>;

/** A journey about a child for whom this person has a role (IRO or allocated social worker). */
function aboutChildWhere(eb: From, column: 'iro_id' | 'social_worker_id', userId: string) {
  return eb.exists(
    eb
      .selectFrom('referral_children')
      .innerJoin('children', 'children.id', 'referral_children.child_id')
      .select(sql`1`.as('one'))
      .whereRef('referral_children.referral_id', '=', 'journeys.referral_id')
      .where(`children.${column}`, '=', userId),
  );
}

/** `caseVisibility` as SQL: the list shows exactly the journeys the person could open. */
function visibleTo(eb: From, visibility: CaseVisibility) {
  if (visibility.everything) return sql<boolean>`true`;
  const { userId } = visibility;
  return eb.or([
    ...(visibility.asReferrer ? [eb('referrals.referrer_id', '=', userId)] : []),
    ...(visibility.asCoordinator ? [eb('journeys.coordinator_id', '=', userId)] : []),
    ...(visibility.asIro ? [aboutChildWhere(eb, 'iro_id', userId)] : []),
    ...(visibility.asSocialWorker ? [aboutChildWhere(eb, 'social_worker_id', userId)] : []),
  ]);
}

function containsPattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/** Journeys, soonest due first: a reconfirmation of consent or a planning meeting to record. */
export async function listJourneys(tx: Tx, visibility: CaseVisibility, filter: JourneyFilter) {
  let query = tx
    .selectFrom('journeys')
    .innerJoin('referrals', 'referrals.id', 'journeys.referral_id')
    .innerJoin('users as coordinators', 'coordinators.id', 'journeys.coordinator_id')
    .leftJoin('planning_meetings', 'planning_meetings.journey_id', 'journeys.id')
    .select([
      'journeys.id',
      'journeys.kind',
      'journeys.stage',
      'journeys.status',
      'journeys.consent_reconfirmation_due',
      'referrals.reference',
      'coordinators.display_name as coordinator_name',
      'planning_meetings.starts_at as meeting_starts_at',
      'planning_meetings.recorded_at as meeting_recorded_at',
      // The parts of each name, for the one name formatter (src/domain/person-name.ts).
      sql<ChildNameParts[]>`(select coalesce(json_agg(json_build_object(
          'first_name', c.first_name, 'last_name', c.last_name, 'preferred_name', c.preferred_name)
          order by c.last_name, c.first_name), '[]'::json)
        from referral_children rc join children c on c.id = rc.child_id
        where rc.referral_id = journeys.referral_id)`.as('children'),
    ])
    .where((eb) => visibleTo(eb, visibility));
  if (filter.kind) query = query.where('journeys.kind', '=', filter.kind);
  if (filter.stage) query = query.where('journeys.stage', '=', filter.stage);
  if (filter.status) query = query.where('journeys.status', '=', filter.status);
  if (filter.coordinator) query = query.where('journeys.coordinator_id', '=', filter.coordinator);
  if (filter.q) {
    const pattern = containsPattern(filter.q);
    query = query.where((eb) =>
      eb.or([
        eb('referrals.reference', 'ilike', pattern),
        eb.exists(
          eb
            .selectFrom('referral_children')
            .innerJoin('children', 'children.id', 'referral_children.child_id')
            .select(sql`1`.as('one'))
            .whereRef('referral_children.referral_id', '=', 'journeys.referral_id')
            .where((inner) =>
              inner.or([
                inner(sql`children.first_name || ' ' || children.last_name`, 'ilike', pattern),
                inner('children.preferred_name', 'ilike', pattern),
              ]),
            ),
        ),
      ]),
    );
  }
  return query
    .orderBy(
      sql`case when journeys.status = 'ended' then null else least(
        journeys.consent_reconfirmation_due,
        case when journeys.status = 'active' and journeys.stage = 2 and planning_meetings.recorded_at is null
          then (planning_meetings.starts_at at time zone 'Europe/London')::date end
      ) end`,
      (ob) => ob.asc().nullsLast(),
    )
    .orderBy('referrals.reference')
    .limit(LIST_LIMIT + 1)
    .execute();
}

export type JourneyListRow = Awaited<ReturnType<typeof listJourneys>>[number];

/** The organisation's coordinators, for the team view's filter. */
export async function coordinators(tx: Tx) {
  return tx
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where(sql<boolean>`'coordinator' = any(users.roles)`)
    .orderBy('display_name')
    .execute();
}
