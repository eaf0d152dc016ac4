import { todayInLondon } from '../../domain/dates.ts';
import { canSeeNetwork } from '../../platform/access-policy.ts';
import { organisationCalendar } from '../deadlines/calendar.service.ts';
import { discoveryFacts } from '../discovery/discovery-facts.service.ts';
import { fgcOutcomes } from '../fgc-outcomes/outcomes.service.ts';
import { planHandoverFacts } from '../plan-handover/summary.service.ts';
import { conflictDeclarationFacts } from '../referrals/conflict-declarations.service.ts';
import { caringAdultsForChildren } from '../social-connections/social-connections.service.ts';
import { casePageRecords } from './case-page.repository.ts';
import {
  auditJourney,
  type Caller,
  canWork,
  type JourneyCase,
  type JourneyCases,
} from './journey-case.service.ts';

/**
 * A sensitive case note is read only by the journey's coordinator, the team managers and the
 * note's author; everyone else who can see the case learns only that one was recorded.
 */
export function canReadSensitiveNote(
  caller: Caller,
  found: JourneyCase,
  note: { author_id: string },
): boolean {
  const { user } = caller;
  return (
    user.id === found.journey.coordinator_id ||
    user.roles.includes('team_manager') ||
    user.id === note.author_id
  );
}

/** Everything the case page shows, read in one transaction and audited as a read. */
export class CasePageService {
  constructor(private readonly cases: JourneyCases) {}

  casePage(caller: Caller, journeyId: string) {
    return this.cases.run(caller, journeyId, 'see', async (tx, found) => {
      const { journey } = found;
      const records = await casePageRecords(tx, journey, [
        journey.coordinator_id,
        journey.referrer_id,
      ]);
      const { events, reconfirmations, meeting, consents, people } = records;
      const notes = records.notes.map((note) => {
        const readable = !note.sensitive || canReadSensitiveNote(caller, found, note);
        return { ...note, body: readable ? note.body : null };
      });
      const conflictDeclarations = await conflictDeclarationFacts.cards(
        tx,
        { id: journey.referral_id, coordinator_id: journey.coordinator_id },
        { canCorrect: caller.user.roles.includes('team_manager') },
      );
      // The network's summary and indicator: everyone who sees the case, the IRO included.
      const caringAdults = await caringAdultsForChildren(
        tx,
        caller.user.organisationId,
        found.children.map((child) => child.id),
      );
      const discoveryOutstanding =
        journey.stage === 3 ? await discoveryFacts.outstanding(tx, journey) : null;
      // An FGC's outcomes (stepped down, carers found, ...): everyone who sees the case.
      const outcomes = journey.kind === 'fgc' ? await fgcOutcomes.ofJourney(tx, journey.id) : null;
      // Whether the latest plan went out within 5 working days (ADR 0031); null before a plan.
      const planSentOut = await planHandoverFacts.sentOut(
        tx,
        journey.id,
        todayInLondon(),
        (await organisationCalendar(tx, caller.user.organisationId)).closureDays,
      );
      await auditJourney(tx, caller, journey.id, 'journey.viewed');
      return {
        outcome: 'found' as const,
        found,
        events,
        notes,
        reconfirmations,
        meeting,
        consents,
        people,
        conflictDeclarations,
        caringAdults,
        canSeeNetwork: canSeeNetwork(caller.user, found.parties),
        discoveryOutstanding,
        outcomes,
        planSentOut,
        canWork: canWork(caller, found),
        today: todayInLondon(),
      };
    });
  }
}

export type CasePage = Extract<
  Awaited<ReturnType<CasePageService['casePage']>>,
  { outcome: 'found' }
>;
