import { decideShare, type ShareConsent } from '../../domain/information-sharing.ts';
import { canReadNetworkSensitive } from '../../platform/access-policy.ts';
import { type ConsentRow, consentService } from '../consent/consent.service.ts';
import { readNetworkWork } from '../discovery/network-access.ts';
import { auditJourney, type Caller, type JourneyCases } from '../journeys/journey-case.service.ts';
import { concernsOf } from './safety-concerns.repository.ts';
import { insertShare, sharesOf } from './shares.repository.ts';
import type { ShareForm } from './shares.schemas.ts';

/** A consent row as the sharing rule reads it. */
export function shareConsent(consent: ConsentRow): ShareConsent {
  return {
    giver: consent.giver,
    giverName: consent.giver_name,
    share: consent.scope_share,
    shareLocation: consent.share_location,
    shareOnlyWith: consent.share_only_with,
    withdrawn: consent.withdrawn_on !== null,
  };
}

/** The engagement page, and information shared with the network, checked against consent. */
export class SharesService {
  constructor(private readonly cases: JourneyCases) {}

  overview(caller: Caller, journeyId: string) {
    return readNetworkWork(this.cases, caller, journeyId, async (tx, found) => {
      const sensitive = canReadNetworkSensitive(caller.user, found.parties);
      const shares = await sharesOf(tx, found.journey.id);
      const concerns = sensitive ? await concernsOf(tx, found.journey.id) : [];
      await auditJourney(tx, caller, found.journey.id, 'engagement.viewed', { sensitive });
      return { outcome: 'found' as const, found, shares, concerns, sensitive };
    });
  }

  page(caller: Caller, journeyId: string) {
    return this.cases.formPage(caller, journeyId, 'new-share', async (tx, found) => ({
      outcome: 'found' as const,
      found,
      consents: await consentService.list(tx, found.journey.referral_id),
    }));
  }

  /** Refused, with the reason, when the share is outside the child's consent: nothing is kept. */
  record(caller: Caller, journeyId: string, form: ShareForm) {
    return this.cases.change(caller, journeyId, async (tx, found) => {
      if (!found.children.some((child) => child.id === form.childId)) {
        return {
          outcome: 'refused',
          reason: 'Select whose information was shared',
          field: 'childId',
        };
      }
      const consents = (await consentService.list(tx, found.journey.referral_id))
        .filter((consent) => consent.child_id === form.childId)
        .map(shareConsent);
      const decision = decideShare(consents, { sharedWith: form.sharedWith, items: form.what });
      if (!decision.allowed) {
        return { outcome: 'refused', reason: decision.reason, field: decision.field };
      }
      const { id } = await insertShare(
        tx,
        {
          organisationId: caller.user.organisationId,
          journeyId: found.journey.id,
          sharedBy: caller.user.id,
        },
        form,
      );
      await auditJourney(tx, caller, found.journey.id, 'information.shared', {
        informationShareId: id,
        what: form.what,
        method: form.method,
      });
      return { outcome: 'done' };
    });
  }
}
