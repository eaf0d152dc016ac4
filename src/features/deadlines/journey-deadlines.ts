import { createHash } from 'node:crypto';
import type { Tx } from '../../db/database.ts';
import { ENGLAND_AND_WALES_BANK_HOLIDAYS } from '../../domain/bank-holidays-england-and-wales.ts';
import { type Calendar, deadlinesFor } from '../../domain/deadlines.ts';
import { planDistributedOn } from '../../domain/plan-handover.ts';
import { workingDaysAfter } from '../../domain/working-days.ts';
import { journeyFacts } from './deadlines.repository.ts';
import {
  type KeptDeadline,
  markEveryActiveJourney,
  replaceJourneyDeadlines,
  takeMarkedJourneys,
} from './journey-deadlines.repository.ts';

/**
 * Raise when the engine's rules change in a way its source below would not show (a constant
 * read from elsewhere, say): every organisation's kept deadlines are then worked out again.
 */
const DEADLINE_RULES_VERSION = 1;

const RULES_BASIS = JSON.stringify({
  rules: DEADLINE_RULES_VERSION,
  engine: [deadlinesFor, planDistributedOn, workingDaysAfter].map(String),
  bankHolidays: ENGLAND_AND_WALES_BANK_HOLIDAYS.map((holiday) => holiday.date),
});

/**
 * What the kept deadlines depend on besides a journey's own facts: the rules (their version and
 * the engine's own source, so a release that changes them works every journey out again), the
 * bank holidays and the organisation's closure days. Not the reminder setting: it changes only a
 * deadline's state, which is worked out on each view from the date.
 */
export function calendarFingerprint(calendar: Calendar): string {
  return createHash('sha256')
    .update(RULES_BASIS)
    .update(JSON.stringify([...calendar.closureDays].sort()))
    .digest('hex');
}

/**
 * Brings the organisation's kept journey deadlines up to date (ADR 0035): the journeys whose
 * facts changed since (marked by triggers, migration 024), or all active ones when the calendar
 * changed, are worked out again by the one engine. Runs in the reader's transaction, so what it
 * shows is what it keeps; usually there is nothing to do.
 */
export async function refreshJourneyDeadlines(
  tx: Tx,
  organisationId: string,
  calendar: Calendar,
): Promise<void> {
  const fingerprint = calendarFingerprint(calendar);
  let taken = await takeMarkedJourneys(tx, organisationId);
  if (taken.fingerprint !== fingerprint) {
    await markEveryActiveJourney(tx, organisationId, fingerprint);
    const again = await takeMarkedJourneys(tx, organisationId);
    taken = { fingerprint, marked: [...new Set([...taken.marked, ...again.marked])] };
  }
  const marked = taken.marked;
  if (marked.length === 0) return;
  const deadlines: KeptDeadline[] = [];
  for (const journey of await journeyFacts(tx, organisationId, marked)) {
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
      // A journey's facts never yield a referral's or a supervision decision's deadline.
      if (deadline.kind === 'referral_response' || deadline.kind === 'supervision_look_again') {
        continue;
      }
      deadlines.push({
        journeyId: journey.id,
        kind: deadline.kind,
        dueOn: deadline.dueOn,
        coordinatorId: journey.coordinator_id,
        referralId: journey.referral_id,
      });
    }
  }
  await replaceJourneyDeadlines(tx, organisationId, marked, deadlines);
}
