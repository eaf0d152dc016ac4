import type { Tx } from '../../db/database.ts';
import { addDays, CONSENT_RECONFIRMATION_DAYS } from '../../domain/consent-rules.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { decideRecordOnJourney } from '../../domain/journey-status.ts';
import { consentService } from '../consent/consent.service.ts';
import { insertReconfirmation } from './case-records.repository.ts';
import type { ReconfirmationForm, WithdrawalForm } from './consent.schemas.ts';
import {
  type Caller,
  type JourneyCase,
  type JourneyCases,
  recordJourneyEvent,
} from './journey-case.service.ts';
import { setStatus } from './journey-changes.service.ts';
import { updateJourney } from './journeys.repository.ts';

const WITHDRAWN_BY = {
  young_person: 'The young person withdrew their consent',
  parental_responsibility: 'A person with parental responsibility withdrew their consent',
} as const;

async function liveGivers(tx: Tx, found: JourneyCase) {
  const consents = await consentService.list(tx, found.journey.referral_id);
  return new Set(
    consents.filter((consent) => !consent.withdrawn_on).map((consent) => consent.giver),
  );
}

/** Consent on a journey: its withdrawal (which pauses or ends it) and its regular reconfirmation. */
export class ConsentChangesService {
  constructor(private readonly cases: JourneyCases) {}

  /** What the consent pages need: the journey, and a default for the next reconfirmation. */
  page(caller: Caller, journeyId: string) {
    return this.cases.formPage(caller, journeyId, 'consent', async (_tx, found) => {
      const today = todayInLondon();
      return {
        outcome: 'found' as const,
        found,
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
      if (!(await liveGivers(tx, found)).has(form.giver)) {
        return {
          outcome: 'refused',
          field: 'giver',
          reason:
            form.giver === 'young_person'
              ? 'There is no consent from the young person to withdraw'
              : 'There is no consent from a person with parental responsibility to withdraw',
        };
      }
      await consentService.withdraw(
        tx,
        journey.referral_id,
        form.giver,
        form.withdrawnOn,
        form.reason,
      );
      await recordJourneyEvent(
        tx,
        caller,
        journey.id,
        { kind: 'consent_withdrawn', reason: `${WITHDRAWN_BY[form.giver]}. ${form.reason}` },
        {
          action: 'consent.withdrawn',
          detail: {
            referralId: journey.referral_id,
            giver: form.giver,
            withdrawnOn: form.withdrawnOn,
            outcome: form.outcome,
          },
        },
      );
      const because = { because: 'consent-withdrawn' };
      if (form.outcome === 'end') {
        await setStatus(tx, caller, found, 'end', WITHDRAWN_BY[form.giver], because);
      } else if (journey.status === 'active') {
        await setStatus(tx, caller, found, 'pause', WITHDRAWN_BY[form.giver], because);
      }
      return { outcome: 'done' };
    });
  }

  reconfirm(caller: Caller, journeyId: string, form: ReconfirmationForm) {
    return this.cases.change(caller, journeyId, async (tx, found) => {
      const decision = decideRecordOnJourney(found.journey.status);
      if (!decision.allowed) return { outcome: 'refused', reason: decision.reason };
      const { journey } = found;
      const { id } = await insertReconfirmation(tx, {
        organisationId: caller.user.organisationId,
        journeyId: journey.id,
        reconfirmedOn: form.reconfirmedOn,
        giver: form.giver,
        giverName: form.giverName,
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
          detail: { reconfirmationId: id, giver: form.giver, nextDueOn: form.nextDueOn },
        },
      );
      return { outcome: 'done' };
    });
  }
}
