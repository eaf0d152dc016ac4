import { type Db, inOrganisation, type Tx } from '../../db/database.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { type ReminderKind, reminderDue } from '../../domain/deadlines.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditListView } from '../../platform/list-audit.ts';
import { type PageRequest, pageFrom } from '../../platform/pagination.ts';
import type { SignedInUser } from '../../platform/session.ts';
import { organisationCalendar } from './calendar.service.ts';
import { type DeadlineItem, openDeadlines, withNames } from './deadline-items.ts';
import { recordReminder } from './deadlines.repository.ts';
import { openWorkUpTo } from './open-work.repository.ts';

export const DEADLINES_PAGE_SIZE = 50;
export const SORTS = ['due', 'what', 'name', 'owner'] as const;
export type Sort = (typeof SORTS)[number];

const sortValue: Record<Sort, (item: DeadlineItem) => string> = {
  due: (item) => item.dueOn,
  what: (item) => `${item.what}\u0000${item.dueOn}`,
  name: (item) => `${item.names.toLocaleLowerCase('en-GB')}\u0000${item.dueOn}`,
  owner: (item) => `${item.owner.toLocaleLowerCase('en-GB')}\u0000${item.dueOn}`,
};

export function sortKey(item: DeadlineItem, sort: Sort): [string, string] {
  return [sortValue[sort](item), item.key];
}

function compareKeys(a: readonly string[], b: readonly string[]): number {
  return (a[0] ?? '').localeCompare(b[0] ?? '') || (a[1] ?? '').localeCompare(b[1] ?? '');
}

/**
 * One page of items in the chosen order. The open deadlines of a team are bounded by its open
 * work (a few thousand at most), so they are worked out in full by the engine and the page is cut
 * by its sort key, as keyset pagination does in SQL (ADR 0026).
 */
export function pageOfItems(
  items: DeadlineItem[],
  sort: Sort,
  descending: boolean,
  page: PageRequest,
) {
  const sign = descending ? -1 : 1;
  const ordered = [...items].sort((a, b) => sign * compareKeys(sortKey(a, sort), sortKey(b, sort)));
  let walk = ordered;
  if (page.key) {
    const key = page.key;
    walk =
      page.direction === 'after'
        ? ordered.filter((item) => sign * compareKeys(sortKey(item, sort), key) > 0)
        : ordered.filter((item) => sign * compareKeys(sortKey(item, sort), key) < 0).reverse();
  }
  return pageFrom(walk.slice(0, page.size + 1), page);
}

export interface SentReminder {
  key: string;
  reminder: ReminderKind;
  item: DeadlineItem;
}

/** What to do once a reminder is recorded as sent: the notices, in the same transaction. */
export type ReminderHandler = (tx: Tx, organisationId: string, sent: SentReminder) => Promise<void>;

/** How many deadlines are overdue, and how many fall due from today to six days from now. */
export interface DeadlineCounts {
  overdue: number;
  dueWithinAWeek: number;
}

/**
 * Above this much open work (active journeys and waiting referrals), the home page does not
 * count deadlines: the engine would read every row on every home view (bench/README.md).
 */
export const HOME_COUNT_CAP = 500;

export type HomeDeadlineCounts =
  | (DeadlineCounts & { team: boolean; tooMany?: false })
  | { team: boolean; tooMany: true };

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function countDeadlines(items: readonly DeadlineItem[], today: string): DeadlineCounts {
  const weekEnd = addDays(today, 6);
  let overdue = 0;
  let dueWithinAWeek = 0;
  for (const item of items) {
    if (item.state === 'overdue') overdue += 1;
    else if (item.dueOn <= weekEnd) dueWithinAWeek += 1;
  }
  return { overdue, dueWithinAWeek };
}

/** Team and practice managers see the team's deadlines; a coordinator their own. */
function seesTeam(user: SignedInUser): boolean {
  return user.roles.includes('team_manager') || user.roles.includes('practice_manager');
}

/** The due and overdue view, and the daily reminders. */
export class DeadlinesService {
  constructor(
    private readonly db: Db,
    private readonly onReminder: ReminderHandler = async () => {},
  ) {}

  view(
    user: SignedInUser,
    options: { sort: Sort; descending: boolean; page: PageRequest },
    requestId: string,
    now = new Date(),
  ) {
    const teamView = seesTeam(user);
    return inOrganisation(
      this.db,
      { organisationId: user.organisationId, userId: user.id },
      async (tx) => {
        const calendar = await organisationCalendar(tx, user.organisationId);
        const items = await openDeadlines(
          tx,
          user.organisationId,
          calendar,
          now,
          teamView ? null : user.id,
        );
        // Names are read for the rows shown, or for all when they are what the list sorts by.
        if (options.sort === 'name') await withNames(tx, user.organisationId, items);
        const page = pageOfItems(items, options.sort, options.descending, options.page);
        await withNames(tx, user.organisationId, page.rows);
        await auditListView(
          tx,
          { ...user, requestId },
          'deadlines',
          { team: teamView, sort: options.sort },
          page.rows.length,
        );
        return {
          page,
          teamView,
          overdue: items.filter((item) => item.state === 'overdue').length,
          total: items.length,
          today: todayInLondon(now),
        };
      },
    );
  }

  /**
   * The counts for the home page, by the same engine and facts as the view; for a team with
   * more open work than HOME_COUNT_CAP, only that it has more. Counts name no child, so they
   * are not a read of a record and are not audited.
   */
  counts(user: SignedInUser, now = new Date()): Promise<HomeDeadlineCounts> {
    return inOrganisation(
      this.db,
      { organisationId: user.organisationId, userId: user.id },
      async (tx) => {
        const calendar = await organisationCalendar(tx, user.organisationId);
        const team = seesTeam(user);
        const open = await openWorkUpTo(
          tx,
          user.organisationId,
          team ? null : user.id,
          HOME_COUNT_CAP,
        );
        if (open > HOME_COUNT_CAP) return { team, tooMany: true };
        const items = await openDeadlines(
          tx,
          user.organisationId,
          calendar,
          now,
          team ? null : user.id,
        );
        return { ...countDeadlines(items, todayInLondon(now)), team };
      },
    );
  }

  /**
   * The daily reminders job's body: for each open deadline, the reminder due today (before the
   * date, or once it is missed), recorded so that it never goes twice. Paused and ended journeys
   * have no deadlines, so they send nothing.
   */
  sendReminders(organisationId: string, now: Date): Promise<SentReminder[]> {
    return inOrganisation(this.db, { organisationId }, async (tx) => {
      const calendar = await organisationCalendar(tx, organisationId);
      const today = todayInLondon(now);
      const sent: SentReminder[] = [];
      const dueToday = (item: DeadlineItem) =>
        reminderDue(item.dueOn, today, calendar.reminderWorkingDays, calendar.closureDays);
      const open = await openDeadlines(tx, organisationId, calendar, now, null);
      const reminding = open.filter((item) => dueToday(item) && item.recipients.length > 0);
      for (const item of await withNames(tx, organisationId, reminding)) {
        const reminder = dueToday(item);
        if (!reminder) continue;
        if (
          !(await recordReminder(tx, organisationId, {
            key: item.key,
            kind: reminder,
            dueOn: item.dueOn,
          }))
        ) {
          continue;
        }
        const done = { key: item.key, reminder, item };
        await this.onReminder(tx, organisationId, done);
        sent.push(done);
      }
      if (sent.length) {
        await recordAudit(tx, {
          organisationId,
          actorUserId: null,
          action: 'deadline-reminders.sent',
          subjectType: 'deadlines',
          detail: { reminders: sent.length },
        });
      }
      return sent;
    });
  }
}
