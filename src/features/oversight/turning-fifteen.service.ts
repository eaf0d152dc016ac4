import { sql } from 'kysely';
import { type Db, inOrganisation, type Tx } from '../../db/database.ts';
import { todayInLondon } from '../../domain/dates.ts';
import {
  birthDatesTurningFifteenIn,
  buildDayOf,
  monthOf,
  monthsToBuild,
} from '../../domain/turning-fifteen.ts';
import { oversightScope } from '../../platform/access-policy.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditListView } from '../../platform/list-audit.ts';
import { type PageRequest, pageFrom } from '../../platform/pagination.ts';
import type { SignedInUser } from '../../platform/session.ts';
import { organisationCalendar } from '../deadlines/calendar.service.ts';
import {
  builtList,
  lastBuiltMonth,
  lifelongLinksManagers,
  recordBuilt,
  turningFifteenPage,
  turningFifteenRecipients,
} from './turning-fifteen.repository.ts';

export const TURNING_FIFTEEN_PAGE_SIZE = 50;

/** One month's list as built: who gets it (ids only: a notice names no young person). */
export interface BuiltMonth {
  month: string;
  youngPeople: number;
  /** Each IRO with their own young people on the list. */
  iros: Array<{ userId: string; youngPeople: number }>;
  /** The Lifelong Links managers, who get the whole list. */
  managers: string[];
}

/** What to do with a list once it is built: send the notices (in the same transaction). */
export type ListBuiltHandler = (tx: Tx, organisationId: string, built: BuiltMonth) => Promise<void>;

/**
 * The monthly turning-15 list. `buildDue` is the scheduled job's body: plain, idempotent, and
 * given "now", so a test can turn the clock. It builds every month owed (catching up months
 * missed while Kindred was down) and records each as built in the same transaction as its
 * notices, so a month is never sent twice, even by two Kindred processes at once.
 */
export class TurningFifteenService {
  constructor(
    private readonly db: Db,
    private readonly onBuilt: ListBuiltHandler = async () => {},
  ) {}

  async buildDue(organisationId: string, now: Date): Promise<BuiltMonth[]> {
    const today = todayInLondon(now);
    return inOrganisation(this.db, { organisationId }, async (tx) => {
      // One builder per organisation at a time; the month's key stops a second build anyway.
      await sql`select pg_advisory_xact_lock(hashtext('turning-15:' || ${organisationId}))`.execute(
        tx,
      );
      const calendar = await organisationCalendar(tx, organisationId);
      const last = await lastBuiltMonth(tx, organisationId);
      const months = monthsToBuild(
        today,
        last,
        calendar.turningFifteenWorkingDay,
        calendar.closureDays,
      );
      const built: BuiltMonth[] = [];
      for (const month of months) {
        const perIro = await turningFifteenRecipients(
          tx,
          organisationId,
          birthDatesTurningFifteenIn(month),
        );
        const youngPeople = perIro.reduce((sum, row) => sum + row.young_people, 0);
        if (!(await recordBuilt(tx, organisationId, month, youngPeople, now))) continue;
        const list: BuiltMonth = {
          month,
          youngPeople,
          iros: perIro.flatMap((row) =>
            row.iro_id ? [{ userId: row.iro_id, youngPeople: row.young_people }] : [],
          ),
          managers: await lifelongLinksManagers(tx, organisationId),
        };
        await recordAudit(tx, {
          organisationId,
          actorUserId: null,
          action: 'turning-fifteen.built',
          subjectType: 'turning-fifteen-list',
          detail: { month, youngPeople, iros: list.iros.length, managers: list.managers.length },
        });
        await this.onBuilt(tx, organisationId, list);
        built.push(list);
      }
      return built;
    });
  }

  /** The month's list as the person may see it: their own young people, or everyone's. */
  page(user: SignedInUser, month: string, page: PageRequest, requestId: string, now = new Date()) {
    const scope = oversightScope(user);
    return inOrganisation(
      this.db,
      { organisationId: user.organisationId, userId: user.id },
      async (tx) => {
        const fetched = await turningFifteenPage(
          tx,
          user.organisationId,
          birthDatesTurningFifteenIn(month),
          scope,
          page,
        );
        const rows = pageFrom(fetched, page);
        await auditListView(
          tx,
          { ...user, requestId },
          'turning-fifteen',
          { month },
          rows.rows.length,
        );
        const calendar = await organisationCalendar(tx, user.organisationId);
        return {
          page: rows,
          everyone: scope.everything,
          built: await builtList(tx, user.organisationId, month),
          buildDay: buildDayOf(month, calendar.turningFifteenWorkingDay, calendar.closureDays),
          today: todayInLondon(now),
          currentMonth: monthOf(todayInLondon(now)),
        };
      },
    );
  }
}

/** Every organisation's id, for the scheduled jobs (migration 016's kindred_organisation_ids). */
export async function organisationIds(db: Db): Promise<string[]> {
  const result = await sql<{ id: string }>`select kindred_organisation_ids() as id`.execute(db);
  return result.rows.map((row) => row.id);
}
