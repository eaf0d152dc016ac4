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
import { childName } from '../../domain/person-name.ts';
import { planDistributedOn } from '../../domain/plan-handover.ts';
import type { OrganisationCalendar } from './calendar.service.ts';
import {
  activeJourneyFacts,
  childNamesOfReferrals,
  lookAgainFacts,
  teamManagerIds,
  waitingReferralFacts,
} from './deadlines.repository.ts';

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
  /** Whose names to read later: the referral of a journey's deadline. */
  namesOf: string | null;
  reference: string | null;
  href: string;
  owner: string;
  /** Who is reminded: user ids. */
  recipients: string[];
}

/** How far ahead the team view shows supervision "look again" dates. */
const LOOK_AGAIN_DAYS_AHEAD = 28;

function addDays(iso: string, days: number): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/**
 * The open deadlines of an organisation (`coordinatorId` set: one coordinator's journeys only),
 * worked out by the one engine in src/domain/deadlines.ts.
 */
export async function openDeadlines(
  tx: Tx,
  organisationId: string,
  calendar: OrganisationCalendar,
  now: Date,
  coordinatorId: string | null,
): Promise<DeadlineItem[]> {
  const today = todayInLondon(now);
  const state = (dueOn: string) =>
    deadlineState(dueOn, today, calendar.reminderWorkingDays, calendar.closureDays);
  const items: DeadlineItem[] = [];
  for (const journey of await activeJourneyFacts(tx, organisationId, coordinatorId)) {
    const found = deadlinesFor(
      {
        journeyStatus: journey.status,
        consentReconfirmationDue: journey.consent_reconfirmation_due,
        conferenceHeldOn: journey.plan?.made_on ?? null,
        planDistributedOn: journey.plan
          ? planDistributedOn({
              youngPersonSent: journey.plan.young_person_sent,
              unsent: journey.plan.unsent,
              lastSentOn: journey.plan.last_sent_on,
            })
          : null,
        reviewConferenceOn: journey.review_conference_on,
        planAgreementPromisedOn: journey.plan_agreement_promised_on,
        planAgreementDecided: false,
      },
      calendar,
    );
    for (const deadline of found) {
      items.push({
        key: `${deadline.kind}:${journey.id}:${deadline.dueOn}`,
        kind: deadline.kind,
        what: DEADLINE_NAMES[deadline.kind],
        dueOn: deadline.dueOn,
        state: state(deadline.dueOn),
        names: '',
        namesOf: journey.referral_id,
        reference: journey.reference,
        href: `/journeys/${journey.id}`,
        owner: journey.coordinator_name,
        recipients: [journey.coordinator_id],
      });
    }
  }
  if (coordinatorId) return items;
  const managers = await teamManagerIds(tx, organisationId);
  for (const referral of await waitingReferralFacts(tx, organisationId)) {
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
        names: referral.children.map(childName).join(', ') || 'No child recorded',
        namesOf: null,
        reference: referral.reference,
        href: `/referrals/${referral.id}`,
        owner: 'Team managers',
        recipients: managers,
      });
    }
  }
  for (const decision of await lookAgainFacts(
    tx,
    organisationId,
    addDays(today, LOOK_AGAIN_DAYS_AHEAD),
  )) {
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
 * Fills in the young people's names of these items (journeys' deadlines leave `openDeadlines`
 * without them), in one query; returns the same items.
 */
export async function withNames(
  tx: Tx,
  organisationId: string,
  items: DeadlineItem[],
): Promise<DeadlineItem[]> {
  const wanted = items.flatMap((item) => (item.namesOf ? [item.namesOf] : []));
  const names = await childNamesOfReferrals(tx, organisationId, wanted);
  for (const item of items) {
    if (!item.namesOf) continue;
    item.names = (names.get(item.namesOf) ?? []).map(childName).join(', ') || 'No child recorded';
    item.namesOf = null;
  }
  return items;
}
