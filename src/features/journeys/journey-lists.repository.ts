import { type ExpressionBuilder, type SelectQueryBuilder, sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { KindredDatabase } from '../../db/schema.ts';
import type { ChildNameParts } from '../../domain/person-name.ts';
import type { CaseVisibility } from '../../platform/access-policy.ts';
import { COUNT_CAP, type PageRequest } from '../../platform/pagination.ts';
import type { JourneyFilter } from './journey-lists.schemas.ts';

/**
 * The journeys list a page at a time, soonest due first: walked by keyset along
 * journeys_list_order (or journeys_coordinator_order for a coordinator's own), on the due date the
 * journey keeps (due_on, kept by triggers: migration 011), nothing due last, then the oldest
 * journey first, the id as tiebreak. The organisation is named for the planner, as well as by
 * row-level security.
 */

type Tables = KindredDatabase;
type From = ExpressionBuilder<Tables, 'journeys'>;

/** What the list can be asked for besides the person's own filters. */
export interface JourneyListQuery extends JourneyFilter {
  /** Leave out ended journeys (the home page). */
  openOnly?: boolean;
}

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

/** The journey's referral matches (a subquery by its key, so that a count needs no join). */
function ofReferral(
  eb: From,
  column: 'referrer_id' | 'reference',
  op: '=' | 'ilike',
  value: string,
) {
  return eb.exists(
    eb
      .selectFrom('referrals')
      .select(sql`1`.as('one'))
      .whereRef('referrals.id', '=', 'journeys.referral_id')
      .where(`referrals.${column}`, op, value),
  );
}

/** `caseVisibility` as SQL: the list shows exactly the journeys the person could open. */
function visibleTo(eb: From, visibility: CaseVisibility) {
  if (visibility.everything) return sql<boolean>`true`;
  const { userId } = visibility;
  return eb.or([
    ...(visibility.asReferrer ? [ofReferral(eb, 'referrer_id', '=', userId)] : []),
    ...(visibility.asCoordinator ? [eb('journeys.coordinator_id', '=', userId)] : []),
    ...(visibility.asIro ? [aboutChildWhere(eb, 'iro_id', userId)] : []),
    ...(visibility.asSocialWorker ? [aboutChildWhere(eb, 'social_worker_id', userId)] : []),
  ]);
}

function likePattern(text: string): string {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

/**
 * The journeys the person may see that match the filters. A search is a reference, or words of
 * the children's names, found through kindred_children_named (accents folded, trigram index).
 */
function matching<O>(
  query: SelectQueryBuilder<Tables, 'journeys', O>,
  organisationId: string,
  visibility: CaseVisibility,
  filter: JourneyListQuery,
): SelectQueryBuilder<Tables, 'journeys', O> {
  let where = query
    .where('journeys.organisation_id', '=', organisationId)
    .where((eb) => visibleTo(eb, visibility));
  if (filter.kind) where = where.where('journeys.kind', '=', filter.kind);
  if (filter.stage) where = where.where('journeys.stage', '=', filter.stage);
  if (filter.status) where = where.where('journeys.status', '=', filter.status);
  if (filter.openOnly) where = where.where('journeys.status', '<>', 'ended');
  if (filter.coordinator) where = where.where('journeys.coordinator_id', '=', filter.coordinator);
  if (filter.q) {
    const words = filter.q.split(/\s+/).filter(Boolean).slice(0, 4).map(likePattern);
    where = where.where((eb) =>
      eb.or([
        ofReferral(eb, 'reference', 'ilike', likePattern(filter.q ?? '')),
        eb.exists(
          eb
            .selectFrom('referral_children')
            .select(sql`1`.as('one'))
            .whereRef('referral_children.referral_id', '=', 'journeys.referral_id')
            .where(sql<boolean>`referral_children.child_id in
              (select kindred_children_named(${words}::text[]))`),
        ),
      ]),
    );
  }
  return where;
}

const DUE = sql`coalesce(journeys.due_on, 'infinity'::date)`;

/** One page of journeys, fetched one row beyond the page, in the walking direction. */
export async function journeysPage(
  tx: Tx,
  organisationId: string,
  visibility: CaseVisibility,
  filter: JourneyListQuery,
  page: PageRequest,
) {
  const backwards = page.direction === 'before';
  const order = backwards ? 'desc' : 'asc';
  let query = matching(tx.selectFrom('journeys'), organisationId, visibility, filter)
    .innerJoin('referrals', 'referrals.id', 'journeys.referral_id')
    .innerJoin('users as coordinators', (join) =>
      join
        .onRef('coordinators.organisation_id', '=', 'journeys.organisation_id')
        .onRef('coordinators.id', '=', 'journeys.coordinator_id'),
    )
    // Joined on the organisation too (here and below), so that each row's meeting, coordinator
    // and children are lookups in unique indexes that start with it, and the list can walk its
    // own index in order rather than read and sort every journey.
    .leftJoin('planning_meetings', (join) =>
      join
        .onRef('planning_meetings.organisation_id', '=', 'journeys.organisation_id')
        .onRef('planning_meetings.journey_id', '=', 'journeys.id'),
    )
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
      // The sort key as text, exactly as PostgreSQL holds it (a Date would lose microseconds).
      sql<string>`${DUE}::text`.as('due_key'),
      sql<string>`journeys.opened_at::text`.as('opened_key'),
      // The parts of each name, for the one name formatter (src/domain/person-name.ts).
      sql<ChildNameParts[]>`(select coalesce(json_agg(json_build_object(
            'first_name', c.first_name, 'last_name', c.last_name, 'preferred_name', c.preferred_name)
            order by c.last_name, c.first_name), '[]'::json)
          from referral_children rc join children c on c.id = rc.child_id
          where rc.organisation_id = journeys.organisation_id
            and rc.referral_id = journeys.referral_id)`.as('children'),
    ]);
  if (page.key) {
    const [due, opened, id] = page.key;
    const key = sql`(${due}::date, ${opened}::timestamptz, ${id}::uuid)`;
    const row = sql`(${DUE}, journeys.opened_at, journeys.id)`;
    query = query.where(backwards ? sql<boolean>`${row} < ${key}` : sql<boolean>`${row} > ${key}`);
  }
  return query
    .orderBy(DUE, order)
    .orderBy('journeys.opened_at', order)
    .orderBy('journeys.id', order)
    .limit(page.size + 1)
    .execute();
}

export type JourneyListRow = Awaited<ReturnType<typeof journeysPage>>[number];

export function journeyKey(row: Pick<JourneyListRow, 'due_key' | 'opened_key' | 'id'>) {
  return [row.due_key, row.opened_key, row.id];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DATE_KEY = /^(infinity|\d{4}-\d{2}-\d{2})$/;
const TIMESTAMP_KEY = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,6})?[+-]\d{2}(:\d{2}){0,2}$/;

/** A key from the address that PostgreSQL can read; anything else means the first page. */
export function isJourneyKey(key: readonly string[]): boolean {
  const [due, opened, id] = key;
  return DATE_KEY.test(due ?? '') && TIMESTAMP_KEY.test(opened ?? '') && UUID.test(id ?? '');
}

/** How many journeys match, counted up to one beyond the cap. */
export async function countJourneysCapped(
  tx: Tx,
  organisationId: string,
  visibility: CaseVisibility,
  filter: JourneyListQuery,
): Promise<number> {
  const found = matching(
    tx.selectFrom('journeys').select(sql`1`.as('one')),
    organisationId,
    visibility,
    filter,
  ).limit(COUNT_CAP + 1);
  const row = await tx
    .selectFrom(found.as('found'))
    .select(sql<number>`count(*)::int`.as('count'))
    .executeTakeFirstOrThrow();
  return row.count;
}

/** The organisation's coordinators, for the team view's filter. */
export async function coordinators(tx: Tx) {
  return tx
    .selectFrom('users')
    .select(['id', 'display_name'])
    .where(sql<boolean>`'coordinator' = any(users.roles)`)
    .orderBy('display_name')
    .execute();
}
