import type { Tx } from '../../db/database.ts';
import { invitationRefusal } from '../../domain/conference-rules.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { auditJourney, type Refused } from '../journeys/journey-case.service.ts';
import { memberFacts, networkService } from '../network/network.service.ts';
import { offeredMembers, type Saved } from './conference.service.ts';
import type { ConferenceCase, ConferenceCases } from './conference-case.ts';
import {
  findVenue,
  insertInvitation,
  invitationsOf,
  updateInvitation,
  wishesOf,
} from './conferences.repository.ts';
import type { NewInvitationForm, ReplyForm } from './invitation.schemas.ts';

type Caller = ConferenceCase['caller'];

const refused = (reason: string, field = 'invitee'): Refused => ({
  outcome: 'refused',
  reason,
  field,
});

/** Why this network member may not be invited to this journey's conference, or null. */
async function memberRefusal(tx: Tx, open: ConferenceCase, memberId: string) {
  const member = await networkService.member(tx, memberId);
  if (!member || !open.found.children.some((child) => child.id === member.child_id)) {
    return 'Select someone from the young person’s network';
  }
  const safety = (await networkService.safetyFactsOf(tx, [memberId])).get(memberId) ?? null;
  const refusal = invitationRefusal(memberFacts(member), safety);
  if (refusal) return refusal;
  const contact = await networkService.contactability(tx, memberId);
  return contact.ok ? null : `This person cannot be invited yet. ${contact.reason}`;
}

/** Invitations to a conference: made, replied to, printed as a letter, sent as a calendar file. */
export class InvitationsService {
  constructor(readonly cases: ConferenceCases) {}

  newPage(caller: Caller, journeyId: string, conferenceId: string) {
    return this.cases.conference(
      caller,
      journeyId,
      conferenceId,
      'work',
      'conference-invite',
      async (tx, open) => {
        const invited = new Set((await invitationsOf(tx, conferenceId)).map((i) => i.member_id));
        const offered = await offeredMembers(tx, open.found, caller.user.organisationId);
        return {
          outcome: 'found' as const,
          ...open,
          members: offered.filter((member) => !invited.has(member.id)),
          wishes: await wishesOf(tx, conferenceId),
        };
      },
    );
  }

  invite(caller: Caller, journeyId: string, conferenceId: string, form: NewInvitationForm) {
    return this.cases.conference(
      caller,
      journeyId,
      conferenceId,
      'work',
      'conference-invite',
      async (tx, open): Promise<Refused | Saved> => {
        if (open.conference.held_as === 'alternative') {
          return refused('This records another way of deciding, not a conference');
        }
        if (form.memberId) {
          const refusal = await memberRefusal(tx, open, form.memberId);
          if (refusal) return refused(refusal);
          const invited = await invitationsOf(tx, conferenceId);
          if (invited.some((invitation) => invitation.member_id === form.memberId)) {
            return refused('This person is already invited');
          }
        }
        const { id } = await insertInvitation(tx, caller.user.organisationId, {
          conference_id: conferenceId,
          member_id: form.memberId,
          professional_name: form.professional?.name ?? null,
          professional_role: form.professional?.role ?? null,
          method: form.method,
          created_by: caller.user.id,
        });
        await auditJourney(tx, caller, journeyId, 'conference.invitation-made', {
          conferenceId,
          invitationId: id,
          memberId: form.memberId,
          professional: form.professional !== null,
          method: form.method,
        });
        return { outcome: 'saved', conferenceId };
      },
    );
  }

  /** One invitation, for its page, its letter or its calendar file. */
  one(
    caller: Caller,
    journeyId: string,
    conferenceId: string,
    invitationId: string,
    need: 'full' | 'work',
    page: string,
  ) {
    return this.cases.conference(caller, journeyId, conferenceId, need, page, async (tx, open) => {
      const invitation = (await invitationsOf(tx, conferenceId)).find((i) => i.id === invitationId);
      if (!invitation) return { outcome: 'not-found' as const };
      if (need === 'full') {
        await auditJourney(tx, caller, journeyId, `conference.${page}-opened`, {
          conferenceId,
          invitationId,
        });
      }
      const [coordinator] = await this.cases.cases.people(tx, [open.found.journey.coordinator_id]);
      return {
        outcome: 'found' as const,
        ...open,
        invitation,
        coordinator: coordinator ?? null,
        venue: open.conference.venue_id ? await findVenue(tx, open.conference.venue_id) : null,
      };
    });
  }

  reply(
    caller: Caller,
    journeyId: string,
    conferenceId: string,
    invitationId: string,
    form: ReplyForm,
  ) {
    return this.cases.conference(
      caller,
      journeyId,
      conferenceId,
      'work',
      'conference-invitation',
      async (tx): Promise<Saved | { outcome: 'not-found' }> => {
        const invitation = (await invitationsOf(tx, conferenceId)).find(
          (i) => i.id === invitationId,
        );
        if (!invitation) return { outcome: 'not-found' };
        const sentNow = form.status !== 'to_send' && invitation.sent_on === null;
        await updateInvitation(tx, invitationId, {
          status: form.status,
          sent_on: form.status === 'to_send' ? null : (invitation.sent_on ?? todayInLondon()),
          reply: form.reply,
          needs: form.needs,
          dietary_needs: form.dietaryNeeds,
          views: form.views,
        });
        // ADR 0029: a member whose invitation has gone out is `invited` in their pipeline.
        if (sentNow && invitation.member_id) {
          await networkService.advanceForConference(
            tx,
            caller,
            invitation.member_id,
            'invited',
            conferenceId,
          );
        }
        await auditJourney(tx, caller, journeyId, 'conference.invitation-updated', {
          conferenceId,
          invitationId,
          status: form.status,
          reply: form.reply,
          sentNow,
        });
        return { outcome: 'saved', conferenceId };
      },
    );
  }
}
