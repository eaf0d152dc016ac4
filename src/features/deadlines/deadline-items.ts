import type { Tx } from '../../db/database.ts';
import { todayInLondon } from '../../domain/dates.ts';
import {
  DEADLINE_NAMES,
  type DeadlineKind,
  type DeadlineState,
  deadlineState,
  deadlinesFor,
  lookAgainDeadline,
} from '../../domain/deadlines.ts';
import { londonDateOf } from '../../domain/london-time.ts';
import { type ChildNameParts, childName } from '../../domain/person-name.ts';
import type { OrganisationCalendar } from './calendar.service.ts';
import { referralsShown, teamDeadlineFacts, teamManagerIds } from './deadlines.repository.ts';
import {
  type KeptDeadline,
  keptJourneyDeadlines,
  userNames,
} from './journey-deadlines.repository.ts';
import { refreshJourneyDeadlines } from './journey-deadlines.ts';

/** One open deadline, ready for the lists and the reminders. */
export interface DeadlineItem {
  /** Kind, record and date: a changed date is a new deadline (and new reminders). */
  key: string;
  kind: DeadlineKind;
  what: string;
  dueOn: string;
  state: DeadlineState;
  /** The young people's names; '' until `withNames` reads them (see `namesOf`). */
  names: string;
  /** Whose names and reference to read later: the referral of a journey's deadline. */
  namesOf: string | null;
  reference: string | null;
  href: string;
  owner: string;
  /** Who is reminded: user ids. */
  recipients: string[];
}

/** The young people of a deadline as the lists and reminders write them. */
export function listedNames(children: readonly ChildNameParts[]): string {
  return children.map(childName).join(', ') || 'No child recorded';
}

/** How far ahead the team view shows supervision "look again" dates. */
const LOOK_AGAIN_DAYS_AHEAD = 28;

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** Where each date stands today; many deadlines share a date, so each is worked out once. */
export function statesOn(calendar: OrganisationCalendar, today: string) {
  const states = new Map<string, DeadlineState>();
  return (dueOn: string) => {
    let found = states.get(dueOn);
    if (!found) {
      found = deadlineState(dueOn, today, calendar.reminderWorkingDays, calendar.closureDays);
      states.set(dueOn, found);
    }
    return found;
  };
}

/**
 * The open deadlines of an organisation (`coordinatorId` set: one coordinator's journeys only),
 * worked out by the one engine in src/domain/deadlines.ts: journeys' as kept (brought up to date
 * first, ADR 0035), and for the team the waiting referrals' and supervision decisions'.
 */
export async function openDeadlines(
  tx: Tx,
  organisationId: string,
  calendar: OrganisationCalendar,
  now: Date,
  coordinatorId: string | null,
): Promise<DeadlineItem[]> {
  const state = statesOn(calendar, todayInLondon(now));
  await refreshJourneyDeadlines(tx, organisationId, calendar);
  const kept = await keptJourneyDeadlines(tx, organisationId, coordinatorId);
  const owners = await userNames(
    tx,
    organisationId,
    kept.map((deadline) => deadline.coordinator_id),
  );
  const items = kept.map((deadline) =>
    journeyDeadlineItem(deadline, owners.get(deadline.coordinator_id), state),
  );
  if (coordinatorId) return items;
  return items.concat(await teamOnlyDeadlines(tx, organisationId, calendar, now));
}

/** A kept journey deadline as the lists and reminders show it (names and reference to come). */
export function journeyDeadlineItem(
  deadline: {
    kind: KeptDeadline['kind'];
    journey_id: string;
    due_on: string;
    coordinator_id: string;
    referral_id: string;
  },
  owner: string | null | undefined,
  state: (dueOn: string) => DeadlineState,
): DeadlineItem {
  return {
    key: `${deadline.kind}:${deadline.journey_id}:${deadline.due_on}`,
    kind: deadline.kind,
    what: DEADLINE_NAMES[deadline.kind],
    dueOn: deadline.due_on,
    state: state(deadline.due_on),
    names: '',
    namesOf: deadline.referral_id,
    reference: null,
    href: `/journeys/${deadline.journey_id}`,
    owner: owner ?? 'Coordinator',
    recipients: [deadline.coordinator_id],
  };
}

/**
 * The deadlines that belong to the team rather than to a coordinator's journeys: referrals
 * waiting for a decision, and supervision "look again" dates up to four weeks ahead. There are
 * few at any time, so they are worked out from their facts on each view.
 */
export async function teamOnlyDeadlines(
  tx: Tx,
  organisationId: string,
  calendar: OrganisationCalendar,
  now: Date,
): Promise<DeadlineItem[]> {
  const today = todayInLondon(now);
  const state = statesOn(calendar, today);
  const items: DeadlineItem[] = [];
  const facts = await teamDeadlineFacts(tx, organisationId, addDays(today, LOOK_AGAIN_DAYS_AHEAD));
  const waiting = facts.waiting;
  // The team managers answer referrals: read only when one is waiting.
  const managers = waiting.length ? await teamManagerIds(tx, organisationId) : [];
  for (const referral of waiting) {
    if (!referral.submitted_at) continue;
    for (const deadline of deadlinesFor(
      { referralSubmittedOn: londonDateOf(referral.submitted_at) },
      calendar,
    )) {
      items.push({
        key: `${deadline.kind}:${referral.id}:${deadline.dueOn}`,
        kind: deadline.kind,
        what: DEADLINE_NAMES[deadline.kind],
        dueOn: deadline.dueOn,
        state: state(deadline.dueOn),
        names: listedNames(referral.children),
        namesOf: null,
        reference: referral.reference,
        href: `/referrals/${referral.id}`,
        owner: 'Team managers',
        recipients: managers,
      });
    }
  }
  for (const decision of facts.lookAgain) {
    const deadline = lookAgainDeadline(decision.look_again_on);
    items.push({
      key: `${deadline.kind}:${decision.id}:${deadline.dueOn}`,
      kind: deadline.kind,
      what: DEADLINE_NAMES[deadline.kind],
      dueOn: deadline.dueOn,
      state: state(deadline.dueOn),
      names: childName(decision),
      namesOf: null,
      reference: null,
      href: `/oversight/supervision/${decision.child_id}`,
      owner: 'Practice managers',
      recipients: [decision.recorded_by],
    });
  }
  return items;
}

/**
 * Fills in the young people's names and the referral's reference of these items (journeys'
 * deadlines leave `openDeadlines` without them), in one query; returns the same items.
 */
export async function withNames(
  tx: Tx,
  organisationId: string,
  items: DeadlineItem[],
): Promise<DeadlineItem[]> {
  const wanted = items.flatMap((item) => (item.namesOf ? [item.namesOf] : []));
  const referrals = await referralsShown(tx, organisationId, wanted);
  for (const item of items) {
    if (!item.namesOf) continue;
    const referral = referrals.get(item.namesOf);
    item.names = listedNames(referral?.children ?? []);
    item.reference = referral?.reference ?? null;
    item.namesOf = null;
  }
  return items;
}
