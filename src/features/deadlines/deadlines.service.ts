import { type Db, inOrganisation, type Tx } from '../../db/database.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { type ReminderKind, reminderDue } from '../../domain/deadlines.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditListView } from '../../platform/list-audit.ts';
import type { PageRequest } from '../../platform/pagination.ts';
import type { SignedInUser } from '../../platform/session.ts';
import { organisationCalendar } from './calendar.service.ts';
import {
  type DeadlineItem,
  openDeadlines,
  teamOnlyDeadlines,
  withNames,
} from './deadline-items.ts';
import { recordReminder } from './deadlines.repository.ts';
import { deadlinesView, SORTS, type Sort } from './deadlines-view.ts';
import { countKeptDeadlines } from './journey-deadlines.repository.ts';
import { refreshJourneyDeadlines } from './journey-deadlines.ts';

export const DEADLINES_PAGE_SIZE = 50;
export { SORTS, type Sort };
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

export type HomeDeadlineCounts = DeadlineCounts & { team: boolean };

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
        const { page, overdue, total } = await deadlinesView(
          tx,
          user.organisationId,
          calendar,
          { ...options, coordinatorId: teamView ? null : user.id },
          now,
        );
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
          overdue,
          total,
          today: todayInLondon(now),
        };
      },
    );
  }

  /**
   * The counts for the home page, from the same kept deadlines and engine as the view, counted
   * in the database (ADR 0035). Counts name no child, so they are not a read of a record and
   * are not audited.
   */
  counts(user: SignedInUser, now = new Date()): Promise<HomeDeadlineCounts> {
    return inOrganisation(
      this.db,
      { organisationId: user.organisationId, userId: user.id },
      async (tx) => {
        const calendar = await organisationCalendar(tx, user.organisationId);
        const team = seesTeam(user);
        const today = todayInLondon(now);
        await refreshJourneyDeadlines(tx, user.organisationId, calendar);
        const kept = await countKeptDeadlines(
          tx,
          user.organisationId,
          team ? null : user.id,
          today,
          addDays(today, 6),
        );
        const others = team
          ? countDeadlines(await teamOnlyDeadlines(tx, user.organisationId, calendar, now), today)
          : { overdue: 0, dueWithinAWeek: 0 };
        return {
          overdue: kept.overdue + others.overdue,
          dueWithinAWeek: kept.due_within_a_week + others.dueWithinAWeek,
          team,
        };
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
