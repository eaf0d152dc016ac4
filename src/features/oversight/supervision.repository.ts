import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { SupervisionReasonCode } from '../../db/schema.ts';
import type { OversightScope } from '../../platform/access-policy.ts';
import type { PageRequest } from '../../platform/pagination.ts';
import {
  inScope,
  latestDecisionOfChild,
  MADE_REFERRAL,
  staffName,
} from './oversight.repository.ts';

function likePattern(word: string): string {
  return `%${word.replaceAll('\\', '\\\\').replaceAll('%', '\\%').replaceAll('_', '\\_')}%`;
}

/**
 * Looked-after young people aged 15 or over (born on or before `bornBy`) with no Lifelong Links
 * referral, except those whose latest supervision decision says to look again later than today.
 * Name order, walked by keyset along children_looked_after_order (migration 016); a name search
 * goes through kindred_children_named, as the register's does (ADR 0020).
 */
export async function supervisionPage(
  tx: Tx,
  organisationId: string,
  filter: { bornBy: string; today: string; q?: string | undefined },
  scope: OversightScope,
  page: PageRequest,
) {
  const backwards = page.direction === 'before';
  const order = backwards ? 'desc' : 'asc';
  let query = tx
    .selectFrom('children')
    .select([
      'children.id',
      'children.first_name',
      'children.last_name',
      'children.preferred_name',
      'children.date_of_birth',
      'children.uasc',
      staffName('iro_id').as('iro_name'),
      staffName('social_worker_id').as('social_worker_name'),
      latestDecisionOfChild.as('decision'),
    ])
    .where('children.organisation_id', '=', organisationId)
    .where('children.looked_after', '=', true)
    .where('children.date_of_birth', '<=', filter.bornBy)
    .where((eb) => inScope(eb, scope))
    .where(
      sql<boolean>`not exists (select 1 from referral_children rc join referrals r on r.id = rc.referral_id
        where rc.organisation_id = children.organisation_id and rc.child_id = children.id and ${MADE_REFERRAL})`,
    )
    .where(
      sql<boolean>`coalesce((select d.look_again_on from supervision_decisions d
        where d.organisation_id = children.organisation_id and d.child_id = children.id
        order by d.recorded_at desc limit 1), '-infinity'::date) <= ${filter.today}::date`,
    );
  const words = filter.q?.split(/\s+/).filter(Boolean).slice(0, 4) ?? [];
  if (words.length) {
    const patterns = words.sort((a, b) => b.length - a.length).map(likePattern);
    query = query.where(
      sql<boolean>`children.id in (select kindred_children_named(${patterns}::text[]))`,
    );
  }
  if (page.key) {
    const [lastName, firstName, id] = page.key;
    const key = sql`(${lastName}, ${firstName}, ${id}::uuid)`;
    query = query.where(
      backwards
        ? sql<boolean>`(children.last_name, children.first_name, children.id) < ${key}`
        : sql<boolean>`(children.last_name, children.first_name, children.id) > ${key}`,
    );
  }
  return query
    .orderBy('children.last_name', order)
    .orderBy('children.first_name', order)
    .orderBy('children.id', order)
    .limit(page.size + 1)
    .execute();
}

export type SupervisionRow = Awaited<ReturnType<typeof supervisionPage>>[number];

export function nameKey(row: { last_name: string; first_name: string; id: string }) {
  return [row.last_name, row.first_name, row.id];
}

/** A looked-after young person, for the decision page (null when not one, or not found). */
export async function lookedAfterChild(tx: Tx, organisationId: string, childId: string) {
  return tx
    .selectFrom('children')
    .select([
      'children.id',
      'children.first_name',
      'children.last_name',
      'children.preferred_name',
      'children.date_of_birth',
      'children.looked_after',
      latestDecisionOfChild.as('decision'),
    ])
    .where('children.organisation_id', '=', organisationId)
    .where('children.id', '=', childId)
    .executeTakeFirst();
}

export async function insertDecision(
  tx: Tx,
  row: {
    organisationId: string;
    childId: string;
    reason: SupervisionReasonCode;
    details: string | null;
    discussedOn: string;
    lookAgainOn: string;
    recordedBy: string;
  },
): Promise<string> {
  const inserted = await tx
    .insertInto('supervision_decisions')
    .values({
      organisation_id: row.organisationId,
      child_id: row.childId,
      reason: row.reason,
      details: row.details,
      discussed_on: row.discussedOn,
      look_again_on: row.lookAgainOn,
      recorded_by: row.recordedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return inserted.id;
}

/** Looked-after children with no IRO or no social worker, by name (children_unallocated_order). */
export async function unallocatedPage(tx: Tx, organisationId: string, page: PageRequest) {
  const backwards = page.direction === 'before';
  const order = backwards ? 'desc' : 'asc';
  let query = tx
    .selectFrom('children')
    .select([
      'children.id',
      'children.first_name',
      'children.last_name',
      'children.preferred_name',
      'children.date_of_birth',
      staffName('iro_id').as('iro_name'),
      staffName('social_worker_id').as('social_worker_name'),
    ])
    .where('children.organisation_id', '=', organisationId)
    .where('children.looked_after', '=', true)
    .where((eb) =>
      eb.or([eb('children.iro_id', 'is', null), eb('children.social_worker_id', 'is', null)]),
    );
  if (page.key) {
    const [lastName, firstName, id] = page.key;
    const key = sql`(${lastName}, ${firstName}, ${id}::uuid)`;
    query = query.where(
      backwards
        ? sql<boolean>`(children.last_name, children.first_name, children.id) < ${key}`
        : sql<boolean>`(children.last_name, children.first_name, children.id) > ${key}`,
    );
  }
  return query
    .orderBy('children.last_name', order)
    .orderBy('children.first_name', order)
    .orderBy('children.id', order)
    .limit(page.size + 1)
    .execute();
}
