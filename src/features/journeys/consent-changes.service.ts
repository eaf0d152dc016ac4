import type { Tx } from '../../db/database.ts';
import { addDays, CONSENT_RECONFIRMATION_DAYS } from '../../domain/consent-rules.ts';
import { decideWithdrawal } from '../../domain/consent-withdrawal.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { decideRecordOnJourney } from '../../domain/journey-status.ts';
import { consentService } from '../consent/consent.service.ts';
import { insertReconfirmation } from './case-records.repository.ts';
import type { ReconfirmationForm, WithdrawalForm } from './consent.schemas.ts';
import { type ConsentPerson, consentPeople } from './consent-people.ts';
import {
  type Caller,
  type JourneyCase,
  type JourneyCases,
  recordJourneyEvent,
} from './journey-case.service.ts';
import { setStatus } from './journey-changes.service.ts';
import { childName } from './journey-labels.ts';
import { updateJourney } from './journeys.repository.ts';

function withdrawnBy(person: ConsentPerson): string {
  return person.giver === 'young_person'
    ? 'The young person withdrew their consent'
    : `${person.giverName ?? 'A person with parental responsibility'} withdrew their consent (parental responsibility)`;
}

async function peopleOf(tx: Tx, found: JourneyCase) {
  return consentPeople(await consentService.list(tx, found.journey.referral_id), found.children);
}

/** Consent on a journey: its withdrawal (which pauses or ends it) and its regular reconfirmation. */
export class ConsentChangesService {
  constructor(private readonly cases: JourneyCases) {}

  /** What the consent pages need: the journey, and a default for the next reconfirmation. */
  page(caller: Caller, journeyId: string) {
    return this.cases.formPage(caller, journeyId, 'consent', async (tx, found) => {
      const today = todayInLondon();
      return {
        outcome: 'found' as const,
        found,
        people: await peopleOf(tx, found),
        today,
        defaultNextDue: addDays(today, CONSENT_RECONFIRMATION_DAYS),
      };
    });
  }

  /**
   * Records a withdrawal against the referral's consents from that person, and pauses or ends
   * the journey as the coordinator chose, all in one transaction.
   */
  withdraw(caller: Caller, journeyId: string, form: WithdrawalForm) {
    return this.cases.change(caller, journeyId, async (tx, found) => {
      const { journey } = found;
      const person = (await peopleOf(tx, found)).find((p) => p.key === form.giver && p.live);
      if (!person) {
        return {
          outcome: 'refused',
          field: 'giver',
          reason: 'Select a person whose consent has not been withdrawn already',
        };
      }
      const consents = await consentService.list(tx, journey.referral_id);
      const theirs = consents.filter((consent) => person.consentIds.includes(consent.id));
      const decision = decideWithdrawal({
        outcome: form.outcome,
        childIds: found.children.map((child) => child.id),
        giverChildIds: [...new Set(theirs.map((consent) => consent.child_id))],
        chosenChildId: form.childId,
      });
      if (!decision.allowed) {
        return { outcome: 'refused', field: decision.field, reason: decision.reason };
      }
      // Only the chosen child's consents when one child's work stops (ADR 0033).
      const consentIds = theirs
        .filter((consent) => decision.childIds.includes(consent.child_id))
        .map((consent) => consent.id);
      await consentService.withdraw(
        tx,
        journey.referral_id,
        consentIds,
        form.withdrawnOn,
        form.reason,
      );
      const forChild =
        decision.journey === 'unchanged'
          ? found.children.find((child) => child.id === decision.childIds[0])
          : undefined;
      const said = forChild
        ? `${withdrawnBy(person)} for ${childName(forChild)}: their network work stops; the journey goes on for the others`
        : withdrawnBy(person);
      await recordJourneyEvent(
        tx,
        caller,
        journey.id,
        { kind: 'consent_withdrawn', reason: `${said}. ${form.reason}` },
        {
          action: 'consent.withdrawn',
          detail: {
            referralId: journey.referral_id,
            giver: person.giver,
            consents: consentIds.length,
            childIds: decision.childIds,
            withdrawnOn: form.withdrawnOn,
            outcome: form.outcome,
          },
        },
      );
      const because = { because: 'consent-withdrawn' };
      if (decision.journey === 'end') {
        await setStatus(tx, caller, found, 'end', withdrawnBy(person), because);
      } else if (decision.journey === 'pause' && journey.status === 'active') {
        await setStatus(tx, caller, found, 'pause', withdrawnBy(person), because);
      }
      return { outcome: 'done' };
    });
  }

  reconfirm(caller: Caller, journeyId: string, form: ReconfirmationForm) {
    return this.cases.change(caller, journeyId, async (tx, found) => {
      const decision = decideRecordOnJourney(found.journey.status);
      if (!decision.allowed) return { outcome: 'refused', reason: decision.reason };
      const { journey } = found;
      const person = (await peopleOf(tx, found)).find((p) => p.key === form.giver);
      if (!person) {
        return { outcome: 'refused', field: 'giver', reason: 'Select who gave their consent' };
      }
      await consentService.giveAgain(tx, journey.referral_id, person.consentIds, {
        on: form.reconfirmedOn,
        ...form.scope,
      });
      const { id } = await insertReconfirmation(tx, {
        organisationId: caller.user.organisationId,
        journeyId: journey.id,
        reconfirmedOn: form.reconfirmedOn,
        giver: person.giver,
        giverName: person.giverName,
        method: form.method,
        notes: form.notes,
        nextDueOn: form.nextDueOn,
        recordedBy: caller.user.id,
      });
      await updateJourney(tx, journey.id, { consent_reconfirmation_due: form.nextDueOn });
      await recordJourneyEvent(
        tx,
        caller,
        journey.id,
        { kind: 'consent_reconfirmed' },
        {
          action: 'consent.reconfirmed',
          detail: {
            reconfirmationId: id,
            giver: person.giver,
            wasWithdrawn: !person.live,
            scope: Object.keys(form.scope).filter(
              (key) => form.scope[key as keyof typeof form.scope],
            ),
            nextDueOn: form.nextDueOn,
          },
        },
      );
      return { outcome: 'done' };
    });
  }
}
