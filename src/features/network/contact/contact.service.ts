import type { Tx } from '../../../db/database.ts';
import { informationLetter, letterAllows } from '../../../domain/information-letter.ts';
import { childName, networkPersonName } from '../../../domain/person-name.ts';
import { type PageRequest, pageFrom } from '../../../platform/pagination.ts';
import { consentService } from '../../consent/consent.service.ts';
import { shareConsent } from '../../engagement/share-consent.ts';
import type { Caller } from '../../journeys/journey-case.service.ts';
import { updateMember } from '../network.repository.ts';
import { networkService } from '../network.service.ts';
import type { MemberCase, NetworkCases } from '../network-case.ts';
import { auditNetwork } from '../network-facts.ts';
import {
  contactPage,
  currentPlacementArea,
  insertContact,
  insertLetter,
  letterSenders,
  lettersOf,
} from './contact.repository.ts';
import type { ContactForm, LetterGivenForm } from './contact.schemas.ts';

export const CONTACT_PAGE_SIZE = 20;

const refused = (field: string, text: string) => ({
  outcome: 'refused' as const,
  problems: [{ field, text }],
});

/** The letter for this member, as their young person's consent allows it today. */
async function letterFor(tx: Tx, network: MemberCase) {
  const { member, child, found } = network;
  const organisationId = network.caller.user.organisationId;
  const consents = (await consentService.list(tx, found.journey.referral_id))
    .filter((consent) => consent.child_id === child.id)
    .map(shareConsent);
  const person = await networkService.person(tx, member.person_id);
  const recipientName = networkPersonName(member);
  const names = [recipientName, person?.known_as].filter((name): name is string => Boolean(name));
  const allows = letterAllows(consents, names);
  const senders = await letterSenders(tx, found.journey.coordinator_id, organisationId);
  return informationLetter(
    {
      recipientName,
      recipientOtherNames: names.slice(1),
      childFirstName: child.preferred_name ?? child.first_name,
      // Read only when it may be said: where the young person lives never leaves the database otherwise.
      childArea: allows.whereTheyLive
        ? await currentPlacementArea(tx, organisationId, child.id)
        : null,
      ...senders,
    },
    allows,
  );
}

/** The log on the member's page: one keyset page, newest first, and the letters given. */
export async function contactLogOf(tx: Tx, network: MemberCase, page: PageRequest) {
  const organisationId = network.caller.user.organisationId;
  return {
    contactLog: pageFrom(await contactPage(tx, organisationId, network.member.id, page), page),
    letters: await lettersOf(tx, organisationId, network.member.id),
  };
}

/** Stage 4 with one member: the contact log and the information letter (ADR 0033). */
export class ContactService {
  constructor(private readonly networks: NetworkCases) {}

  page(caller: Caller, journeyId: string, memberId: string, page: string) {
    return this.networks.openMember(
      caller,
      journeyId,
      memberId,
      'work',
      page,
      async (tx, network) => ({
        outcome: 'found' as const,
        network,
        contactable: await networkService.contactability(tx, memberId),
      }),
    );
  }

  /**
   * Logs a contact, only when the member may be contacted now (the pipeline's rules and the
   * child's own consent); the first contact moves them to "contacted" on its date.
   */
  record(caller: Caller, journeyId: string, memberId: string, form: ContactForm) {
    return this.networks.openMember(
      caller,
      journeyId,
      memberId,
      'work',
      'contact-log',
      async (tx, network) => {
        const decision = await networkService.decideContact(tx, memberId);
        if (!decision.verdict.ok) return refused('kind', decision.verdict.reason);
        const { id } = await insertContact(
          tx,
          { organisationId: caller.user.organisationId, memberId, recordedBy: caller.user.id },
          form,
        );
        if (decision.firstContact) {
          await updateMember(tx, memberId, { status: 'contacted', contacted_on: form.contactOn });
        }
        await auditNetwork(
          tx,
          caller,
          'network.contact_logged',
          { type: 'network_member', id: memberId },
          {
            childId: network.member.child_id,
            contactId: id,
            kind: form.kind,
            firstContact: decision.firstContact,
          },
        );
        return { outcome: 'done' as const };
      },
    );
  }

  /**
   * The printable letter for this member (nothing about the young person beyond consent), for
   * the page or its PDF (`page` names which in the audit event); none, with the reason, while
   * the member may not be contacted.
   */
  letter(caller: Caller, journeyId: string, memberId: string, page: 'letter' | 'letter-pdf') {
    return this.networks.openMember(
      caller,
      journeyId,
      memberId,
      'full',
      page,
      async (tx, network) => {
        if (!network.canWork) return { outcome: 'not-found' as const };
        // No letter for someone who may not be contacted now (the young person's "no", no
        // safety sign-off, consent withdrawn): it would tell them about the young person.
        const verdict = await networkService.contactability(tx, memberId);
        return {
          outcome: 'found' as const,
          network,
          letter: verdict.ok ? await letterFor(tx, network) : null,
          refusal: verdict.ok ? null : verdict.reason,
          childName: childName(network.child),
        };
      },
    );
  }

  /** Records the letter as given (when, how); it is a contact, so the same rules apply. */
  recordLetter(caller: Caller, journeyId: string, memberId: string, form: LetterGivenForm) {
    return this.networks.openMember(
      caller,
      journeyId,
      memberId,
      'work',
      'letter-given',
      async (tx, network) => {
        const verdict = await networkService.contactability(tx, memberId);
        if (!verdict.ok) return refused('method', verdict.reason);
        const letter = await letterFor(tx, network);
        const { id } = await insertLetter(
          tx,
          { organisationId: caller.user.organisationId, memberId, recordedBy: caller.user.id },
          {
            givenOn: form.givenOn,
            method: form.method,
            namedYoungPerson: letter.allows.nameYoungPerson,
            saidWhereTheyLive: letter.allows.whereTheyLive,
          },
        );
        await auditNetwork(
          tx,
          caller,
          'network.letter_given',
          { type: 'network_member', id: memberId },
          {
            childId: network.member.child_id,
            letterId: id,
            method: form.method,
            saidWhereTheyLive: letter.allows.whereTheyLive,
          },
        );
        return { outcome: 'done' as const };
      },
    );
  }
}
