import type { Tx } from '../../db/database.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { type Page, type PageRequest, pageFrom } from '../../platform/pagination.ts';
import type { OrganisationCalendar } from './calendar.service.ts';
import {
  type DeadlineItem,
  journeyDeadlineItem,
  listedNames,
  statesOn,
  teamOnlyDeadlines,
} from './deadline-items.ts';
import { deadlinesPage, type Sort } from './deadline-page.repository.ts';
import { countKeptDeadlines, type KeptDeadline } from './journey-deadlines.repository.ts';
import { refreshJourneyDeadlines } from './journey-deadlines.ts';

export const SORTS = ['due', 'what', 'name', 'owner'] as const satisfies readonly Sort[];
export type { Sort };

/** A deadline on a page of the view, with the key the next and previous links start from. */
export type ListedDeadline = DeadlineItem & { cursor: [string, string, string] };

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A key from the address that PostgreSQL can read; anything else means the first page. */
function readableKey(page: PageRequest): PageRequest {
  const [, dueOn, key] = page.key ?? [];
  if (page.key && (!ISO_DATE.test(dueOn ?? '') || !key || key.length > 200)) {
    return { direction: 'after', key: null, size: page.size };
  }
  return page;
}

/**
 * One page of the due-and-overdue view (a coordinator's own, or the team's), and how many are
 * open and overdue. The journeys' deadlines are brought up to date, then the page is cut in the
 * database with the team's other deadlines ordered among them; only the page's rows are read in
 * full (ADR 0035).
 */
export async function deadlinesView(
  tx: Tx,
  organisationId: string,
  calendar: OrganisationCalendar,
  options: { coordinatorId: string | null; sort: Sort; descending: boolean; page: PageRequest },
  now: Date,
): Promise<{ page: Page<ListedDeadline>; overdue: number; total: number }> {
  const today = todayInLondon(now);
  const state = statesOn(calendar, today);
  await refreshJourneyDeadlines(tx, organisationId, calendar);
  const others = options.coordinatorId
    ? []
    : await teamOnlyDeadlines(tx, organisationId, calendar, now);
  const request = readableKey(options.page);
  const rows = await deadlinesPage(tx, organisationId, options.coordinatorId, others, {
    sort: options.sort,
    descending: options.descending,
    page: request,
    today,
  });
  const othersByKey = new Map(others.map((other) => [other.key, other]));
  const listed = rows.map((row): ListedDeadline => {
    const item =
      othersByKey.get(row.key) ??
      journeyDeadlineItem(
        {
          kind: row.kind as KeptDeadline['kind'],
          journey_id: row.journey_id ?? '',
          due_on: row.due_on,
          coordinator_id: row.coordinator_id ?? '',
          referral_id: row.referral_id ?? '',
        },
        row.owner_name,
        state,
      );
    if (item.namesOf) {
      item.names = listedNames(row.children);
      item.reference = row.reference;
      item.namesOf = null;
    }
    return { ...item, cursor: [row.value, row.due_on, row.key] };
  });
  const page = pageFrom(listed, request);
  // The counts come with the page's rows; a page past the end has none, so they are read alone.
  const kept = rows[0]
    ? { total: rows[0].kept_total, overdue: rows[0].kept_overdue }
    : await countKeptDeadlines(tx, organisationId, options.coordinatorId, today, today);
  return {
    page,
    overdue: kept.overdue + others.filter((other) => other.state === 'overdue').length,
    total: kept.total + others.length,
  };
}
