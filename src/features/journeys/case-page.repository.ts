import { sql } from 'kysely';
import type { Tx } from '../../db/database.ts';
import type { consentsOfReferral } from '../consent/consent.repository.ts';
import type { caseNotesOf, reconfirmationsOf } from './case-records.repository.ts';
import type { eventsOfJourney, peopleByIds } from './journeys.repository.ts';
import type { PlanningMeetingRow } from './planning-meeting.repository.ts';

/**
 * Everything the case page lists about a journey, in one statement: its history, case notes,
 * consent reconfirmations, planning meeting, the referral's consents and the people named. Each
 * part is a JSON aggregate of the same rows (and order) the single-purpose queries return; JSON
 * carries times as text, so they are turned back into dates here.
 */

type Events = Awaited<ReturnType<typeof eventsOfJourney>>;
type Notes = Awaited<ReturnType<typeof caseNotesOf>>;
type Reconfirmations = Awaited<ReturnType<typeof reconfirmationsOf>>;
type Consents = Awaited<ReturnType<typeof consentsOfReferral>>;
type People = Awaited<ReturnType<typeof peopleByIds>>;

export interface CaseRecords {
  events: Events;
  notes: Notes;
  reconfirmations: Reconfirmations;
  meeting: PlanningMeetingRow | undefined;
  consents: Consents;
  people: People;
}

type Json = Record<string, unknown>;

/** The named fields (timestamptz in the table) as dates again; date columns stay ISO text. */
function withDates<T>(rows: Json[], fields: readonly string[]): T[] {
  return rows.map((row) => {
    const revived: Json = { ...row };
    for (const field of fields) {
      const value = row[field];
      if (typeof value === 'string') revived[field] = new Date(value);
    }
    return revived as T;
  });
}

export async function casePageRecords(
  tx: Tx,
  journey: { id: string; referral_id: string },
  peopleIds: readonly string[],
): Promise<CaseRecords> {
  const { rows } = await sql<{
    events: Json[];
    notes: Json[];
    reconfirmations: Json[];
    meeting: Json | null;
    consents: Json[];
    people: Json[];
  }>`select
      (select coalesce(json_agg(e order by e.occurred_at), '[]') from (
         select je.id, je.kind, je.from_stage, je.to_stage, je.reason, je.occurred_at,
                u.display_name as actor_name
         from journey_events je left join users u on u.id = je.actor_id
         where je.journey_id = ${journey.id}) e) as events,
      (select coalesce(json_agg(n order by n.created_at), '[]') from (
         select cn.id, cn.author_id, cn.body, cn.sensitive, cn.created_at, u.display_name as author_name
         from case_notes cn join users u on u.id = cn.author_id
         where cn.journey_id = ${journey.id}) n) as notes,
      (select coalesce(json_agg(r order by r.recorded_at), '[]') from (
         select cr.id, cr.reconfirmed_on, cr.giver, cr.giver_name, cr.method, cr.notes, cr.next_due_on,
                cr.recorded_at, u.display_name as recorded_by_name
         from consent_reconfirmations cr left join users u on u.id = cr.recorded_by
         where cr.journey_id = ${journey.id}) r) as reconfirmations,
      (select row_to_json(m) from planning_meetings m where m.journey_id = ${journey.id}) as meeting,
      (select coalesce(json_agg(c order by c.created_at), '[]') from consents c
         where c.referral_id = ${journey.referral_id}) as consents,
      (select coalesce(json_agg(p), '[]') from (
         select id, display_name, email, roles from users
         where id = any(${[...new Set(peopleIds)]}::uuid[])) p) as people`.execute(tx);
  const found = rows[0];
  if (!found) throw new Error('The case page query returned no row');
  return {
    events: withDates(found.events, ['occurred_at']),
    notes: withDates(found.notes, ['created_at']),
    reconfirmations: withDates(found.reconfirmations, ['recorded_at']),
    meeting: found.meeting
      ? withDates<PlanningMeetingRow>(
          [found.meeting],
          ['starts_at', 'recorded_at', 'updated_at'],
        )[0]
      : undefined,
    consents: withDates(found.consents, ['created_at']),
    people: withDates(found.people, []),
  };
}
