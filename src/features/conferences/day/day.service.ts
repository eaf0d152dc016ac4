import type { Tx } from '../../../db/database.ts';
import { heldAsConference, heldProblem } from '../../../domain/conference-day-rules.ts';
import { invitationRefusal } from '../../../domain/conference-rules.ts';
import { instantFromLondon } from '../../../domain/london-time.ts';
import { auditJourney, type Refused } from '../../journeys/journey-case.service.ts';
import { memberFacts, networkService } from '../../network/network.service.ts';
import { planOfConference } from '../../plans/plans.repository.ts';
import { offeredMembers, type Saved } from '../conference.service.ts';
import type { ConferenceCase, ConferenceCases } from '../conference-case.ts';
import { invitationsOf } from '../conferences.repository.ts';
import {
  attendanceOf,
  dayOf,
  insertSharedNote,
  recordAttendance,
  saveDay,
  sharedNotesOf,
} from './day.repository.ts';
import type { AttendanceForm, HeldForm, PrivateTimeForm, SharedNoteForm } from './day.schemas.ts';

type Caller = ConferenceCase['caller'];
const refused = (reason: string, field?: string): Refused =>
  field ? { outcome: 'refused', reason, field } : { outcome: 'refused', reason };

/** Who may go on the register: the register is for those invited and the young person's network. */
async function attendee(tx: Tx, open: ConferenceCase, form: AttendanceForm) {
  if (form.invitationId) {
    const invitations = await invitationsOf(tx, open.conference.id);
    const invitation = invitations.find((i) => i.id === form.invitationId);
    if (!invitation) return refused('Select someone who was invited to this conference', 'who');
    return {
      invitation_id: invitation.id,
      member_id: invitation.member_id,
      name: null,
      role: null,
    };
  }
  if (form.memberId) {
    const member = await networkService.member(tx, form.memberId);
    if (!member || !open.found.children.some((child) => child.id === member.child_id)) {
      return refused('Select someone who was invited or is in the young person’s network', 'who');
    }
    const safety = (await networkService.safetyFactsOf(tx, [member.id])).get(member.id) ?? null;
    const offered = await offeredMembers(tx, open.found, open.caller.user.organisationId);
    if (!offered.some((one) => one.id === member.id)) {
      return refused(
        invitationRefusal(memberFacts(member), safety) ??
          'This person is not one the young person agreed to have at the conference',
        'who',
      );
    }
    return { invitation_id: null, member_id: member.id, name: null, role: null };
  }
  return { invitation_id: null, member_id: null, name: form.name, role: form.role };
}

/**
 * The conference itself (issue 8; ADR 0029): the register, the information shared, private
 * family time, and whether it was held. Read by those who see the whole conference; changed by
 * the coordinator and team managers, and only for a conference (not another way of deciding).
 */
export class ConferenceDayService {
  constructor(readonly cases: ConferenceCases) {}

  /** The conference day's page. */
  page(caller: Caller, journeyId: string, conferenceId: string) {
    return this.cases.conference(
      caller,
      journeyId,
      conferenceId,
      'full',
      'conference-day',
      async (tx, open) => ({
        ...(await this.facts(tx, open)),
        // Once held, the page offers to write the plan, or to go to it once there is one.
        hasPlan: Boolean(await planOfConference(tx, conferenceId)),
      }),
    );
  }

  /** A change page of the day, with what its form offers. */
  formPage(caller: Caller, journeyId: string, conferenceId: string, page: string) {
    return this.cases.conference(caller, journeyId, conferenceId, 'work', page, (tx, open) =>
      this.facts(tx, open),
    );
  }

  private async facts(tx: Tx, open: ConferenceCase) {
    const invitations = await invitationsOf(tx, open.conference.id);
    const invitedMembers = new Set(invitations.map((i) => i.member_id));
    const offered = await offeredMembers(tx, open.found, open.caller.user.organisationId);
    return {
      outcome: 'found' as const,
      ...open,
      day: (await dayOf(tx, open.conference.id)) ?? null,
      attendance: await attendanceOf(tx, open.conference.id),
      notes: await sharedNotesOf(tx, open.conference.id),
      invitations,
      // Network members who were not invited may still come (a grandparent brought along).
      uninvited: offered.filter((member) => !invitedMembers.has(member.id)),
    };
  }

  recordAttendance(caller: Caller, journeyId: string, conferenceId: string, form: AttendanceForm) {
    return this.change(caller, journeyId, conferenceId, 'attendance', async (tx, open) => {
      const who = await attendee(tx, open, form);
      if ('outcome' in who) return who;
      const { id, changed } = await recordAttendance(tx, this.ids(caller, conferenceId), {
        ...who,
        attended_how: form.how,
        parts: form.parts,
      });
      const moved = who.member_id
        ? await networkService.advanceForConference(
            tx,
            caller,
            who.member_id,
            'attended',
            conferenceId,
          )
        : false;
      return { attendanceId: id, changed, how: form.how, parts: form.parts, moved };
    });
  }

  addSharedNote(caller: Caller, journeyId: string, conferenceId: string, form: SharedNoteForm) {
    return this.change(caller, journeyId, conferenceId, 'information-shared', async (tx) => {
      const { id } = await insertSharedNote(tx, this.ids(caller, conferenceId), {
        shared_by: form.sharedBy,
        what: form.what,
      });
      return { noteId: id };
    });
  }

  savePrivateTime(caller: Caller, journeyId: string, conferenceId: string, form: PrivateTimeForm) {
    return this.change(caller, journeyId, conferenceId, 'private-family-time', async (tx) => {
      await saveDay(tx, this.ids(caller, conferenceId), {
        private_from: form.from,
        private_to: form.to,
        private_professional: form.professional,
        private_asked_by: form.askedBy,
        private_asked_by_name: form.askedByName,
      });
      return { professionalPresent: form.professional !== null, askedBy: form.askedBy };
    });
  }

  saveHeld(caller: Caller, journeyId: string, conferenceId: string, form: HeldForm) {
    return this.change(caller, journeyId, conferenceId, 'held', async (tx) => {
      if (form.status !== 'held') {
        await saveDay(tx, this.ids(caller, conferenceId), {
          status: form.status,
          held_from: null,
          held_to: null,
          status_reason: form.reason,
        });
        return { status: form.status };
      }
      const from = instantFromLondon(form.heldOn, form.startedAt);
      const to = instantFromLondon(form.heldOn, form.endedAt);
      const verdict = heldProblem(from, to, new Date());
      if (!verdict.ok) return refused(verdict.reason, verdict.field);
      await saveDay(tx, this.ids(caller, conferenceId), {
        status: 'held',
        held_from: from,
        held_to: to,
        status_reason: null,
      });
      return { status: form.status, heldOn: form.heldOn };
    });
  }

  private ids(caller: Caller, conferenceId: string) {
    return { organisationId: caller.user.organisationId, conferenceId, userId: caller.user.id };
  }

  /** A change to the day, audited in its transaction; refused for another way of deciding. */
  private change(
    caller: Caller,
    journeyId: string,
    conferenceId: string,
    what: string,
    work: (tx: Tx, open: ConferenceCase) => Promise<Refused | Record<string, unknown>>,
  ) {
    return this.cases.conference(
      caller,
      journeyId,
      conferenceId,
      'work',
      `conference-${what}`,
      async (tx, open): Promise<Refused | Saved> => {
        const conference = heldAsConference(open.conference.held_as);
        if (!conference.ok) return refused(conference.reason);
        const result = await work(tx, open);
        if (result.outcome === 'refused') return result as Refused;
        await auditJourney(tx, caller, journeyId, `conference.${what}-recorded`, {
          conferenceId,
          ...result,
        });
        return { outcome: 'saved', conferenceId };
      },
    );
  }
}
