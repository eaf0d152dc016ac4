import type { Tx } from '../../db/database.ts';
import { decideShare } from '../../domain/information-sharing.ts';
import { networkPersonName } from '../../domain/person-name.ts';
import { canReadNetworkSensitive } from '../../platform/access-policy.ts';
import { consentService } from '../consent/consent.service.ts';
import { readNetworkWork } from '../discovery/network-access.ts';
import {
  auditJourney,
  type Caller,
  type JourneyCase,
  type JourneyCases,
} from '../journeys/journey-case.service.ts';
import { networkService } from '../network/network.service.ts';
import { concernsOf } from './safety-concerns.repository.ts';
import { shareConsent } from './share-consent.ts';
import { insertShare, sharesOf } from './shares.repository.ts';
import type { ShareForm } from './shares.schemas.ts';

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
      members: await openMembersOf(tx, caller.user.organisationId, found),
    }));
  }

  /**
   * Refused, with the reason, when the person is not in one of the journey's children's
   * networks, may not be contacted now, or the share is outside that child's consent: nothing
   * is kept then.
   */
  record(caller: Caller, journeyId: string, form: ShareForm) {
    return this.cases.change(caller, journeyId, async (tx, found) => {
      const member = await networkService.member(tx, form.memberId);
      if (!member || !found.children.some((child) => child.id === member.child_id)) {
        return {
          outcome: 'refused',
          reason: 'Select someone in the young person’s network',
          field: 'memberId',
        };
      }
      const contact = await networkService.contactability(tx, member.id);
      if (!contact.ok) {
        return {
          outcome: 'refused',
          reason: `Nothing can be shared: ${contact.reason}`,
          field: 'memberId',
        };
      }
      const consents = (await consentService.list(tx, found.journey.referral_id))
        .filter((consent) => consent.child_id === member.child_id)
        .map(shareConsent);
      const name = networkPersonName(member);
      // The consent may name them as they are known ("Gran"): either name is them.
      const names = [name, member.known_as].filter((each): each is string => Boolean(each));
      const decisions = names.map((sharedWith) =>
        decideShare(consents, { sharedWith, items: form.what }),
      );
      const decision = decisions.find((each) => each.allowed) ?? decisions[0];
      if (decision && !decision.allowed) {
        const field = decision.field === 'sharedWith' ? 'memberId' : decision.field;
        return { outcome: 'refused', reason: decision.reason, field };
      }
      const { id } = await insertShare(
        tx,
        {
          organisationId: caller.user.organisationId,
          journeyId: found.journey.id,
          sharedBy: caller.user.id,
        },
        { ...form, childId: member.child_id, memberId: member.id, sharedWith: name },
      );
      await auditJourney(tx, caller, found.journey.id, 'information.shared', {
        informationShareId: id,
        memberId: member.id,
        childId: member.child_id,
        what: form.what,
        method: form.method,
      });
      return { outcome: 'done' };
    });
  }
}

/** The open members of each of the journey's children's networks, for the share form. */
async function openMembersOf(tx: Tx, organisationId: string, found: JourneyCase) {
  const members = [];
  for (const child of found.children) {
    const all = await networkService.allMembers(tx, organisationId, child.id);
    members.push(...all.filter((member) => member.off_ramp === null));
  }
  return members;
}
