import type { Tx } from '../../db/database.ts';
import type { ConferenceKind } from '../../db/schema.ts';
import { offerable, startsInFuture } from '../../domain/conference-rules.ts';
import { instantFromLondon } from '../../domain/london-time.ts';
import { auditJourney, type JourneyCase, type Refused } from '../journeys/journey-case.service.ts';
import { memberFacts, networkService } from '../network/network.service.ts';
import { planOfConference } from '../plans/plans.repository.ts';
import type {
  AlternativeForm,
  ArrangementsForm,
  PreparationForm,
  YoungPersonForm,
} from './conference.schemas.ts';
import type { ConferenceCase, ConferenceCases, ConferenceJourney } from './conference-case.ts';
import {
  type ConferenceRow,
  conferencesOfJourney,
  findVenue,
  insertConference,
  invitationsOf,
  replaceWishes,
  updateConference,
  venuesOf,
  wishesOf,
} from './conferences.repository.ts';
import { dayOf } from './day/day.repository.ts';

type Caller = ConferenceJourney['caller'];
export type Saved = { outcome: 'saved'; conferenceId: string };

/** The kind of conference a journey holds by default. */
export const kindOf = (found: JourneyCase): ConferenceKind =>
  found.journey.kind === 'fgc' ? 'fgc' : 'lifelong_links_fgc';

/** The young person's first language, the meeting's language unless the coordinator changes it. */
export const firstLanguageOf = (found: JourneyCase): string | null =>
  found.children.find((child) => child.first_language)?.first_language ?? null;

/** The members of the journey's children's networks the young person may choose to invite. */
export async function offeredMembers(tx: Tx, found: JourneyCase, organisationId: string) {
  const members = (
    await Promise.all(
      found.children.map((child) => networkService.allMembers(tx, organisationId, child.id)),
    )
  ).flat();
  const safety = await networkService.safetyFactsOf(
    tx,
    members.map((member) => member.id),
  );
  return members.filter((member) => offerable(memberFacts(member), safety.get(member.id) ?? null));
}

function arrangementColumns(form: ArrangementsForm) {
  return {
    kind: form.kind,
    purpose: form.purpose,
    starts_at: instantFromLondon(form.startsOn, form.time),
    duration_minutes: form.durationMinutes,
    venue_id: form.venueId,
    food: form.food,
    language: form.language,
    interpreter_languages: form.interpreterLanguages,
    advocate: form.advocate,
    remote_method: form.remoteMethod,
    remote_link: form.remoteMethod ? form.remoteLink : null,
    ground_rules: form.groundRules,
  };
}

async function venueProblem(tx: Tx, venueId: string | null): Promise<Refused | null> {
  if (!venueId) return null;
  const venue = await findVenue(tx, venueId);
  return venue?.active
    ? null
    : { outcome: 'refused', reason: 'Select a venue from the list', field: 'venueId' };
}

const pastRefusal = (startsAt: Date): Refused | null => {
  const verdict = startsInFuture(startsAt, new Date());
  return verdict.ok ? null : { outcome: 'refused', reason: verdict.reason, field: 'startsOn-day' };
};

/** Planning a conference: its arrangements, the young person's part, who is prepared. */
export class ConferenceService {
  constructor(readonly cases: ConferenceCases) {}

  /** The journey's conferences (and alternatives), newest last. */
  list(caller: Caller, journeyId: string) {
    return this.cases.journey(caller, journeyId, 'summary', 'conferences', async (tx, open) => ({
      outcome: 'found' as const,
      ...open,
      conferences: await conferencesOfJourney(tx, journeyId),
    }));
  }

  /** The form to plan a new conference or record an alternative. */
  newPage(caller: Caller, journeyId: string, page: string) {
    return this.cases.journey(caller, journeyId, 'work', page, async (tx, open) => ({
      outcome: 'found' as const,
      ...open,
      venues: await venuesOf(tx, { activeOnly: true }),
      language: firstLanguageOf(open.found),
      kind: kindOf(open.found),
    }));
  }

  create(caller: Caller, journeyId: string, form: ArrangementsForm) {
    return this.cases.journey(caller, journeyId, 'work', 'conference-new', async (tx, open) => {
      const startsAt = instantFromLondon(form.startsOn, form.time);
      const refused = pastRefusal(startsAt) ?? (await venueProblem(tx, form.venueId));
      if (refused) return refused;
      const { id } = await insertConference(tx, caller.user.organisationId, {
        ...arrangementColumns(form),
        journey_id: open.found.journey.id,
        created_by: caller.user.id,
      });
      await auditJourney(tx, caller, journeyId, 'conference.planned', {
        conferenceId: id,
        kind: form.kind,
        purpose: form.purpose,
      });
      return { outcome: 'saved', conferenceId: id } satisfies Saved;
    });
  }

  alternative(caller: Caller, journeyId: string, form: AlternativeForm) {
    return this.cases.journey(caller, journeyId, 'work', 'conference-alternative', async (tx) => {
      const { id } = await insertConference(tx, caller.user.organisationId, {
        journey_id: journeyId,
        kind: form.kind,
        held_as: 'alternative',
        alternative_way: form.way,
        alternative_reason: form.reason,
        created_by: caller.user.id,
      });
      await auditJourney(tx, caller, journeyId, 'conference.alternative-recorded', {
        conferenceId: id,
      });
      return { outcome: 'saved', conferenceId: id } satisfies Saved;
    });
  }

  /** The conference's page: arrangements and readiness for all; the rest for the full view. */
  page(caller: Caller, journeyId: string, conferenceId: string) {
    return this.cases.conference(
      caller,
      journeyId,
      conferenceId,
      'summary',
      'conference',
      async (tx, open) => ({
        outcome: 'found' as const,
        ...open,
        venue: open.conference.venue_id ? await findVenue(tx, open.conference.venue_id) : null,
        invitations: await invitationsOf(tx, conferenceId),
        wanted: open.view === 'full' ? await this.wantedNames(tx, open) : [],
        // Whether it was held (ADR 0029): the IRO's summary shows this too.
        day: (await dayOf(tx, conferenceId)) ?? null,
        // Whether to offer to write the plan or to go to it.
        hasPlan: Boolean(await planOfConference(tx, conferenceId)),
      }),
    );
  }

  private async wantedNames(tx: Tx, open: ConferenceCase) {
    const ids = new Set(await wishesOf(tx, open.conference.id));
    const members = (
      await Promise.all(
        open.found.children.map((child) =>
          networkService.allMembers(tx, open.caller.user.organisationId, child.id),
        ),
      )
    ).flat();
    return members.filter((member) => ids.has(member.id));
  }

  /** A change page of a conference that is held as a conference (not an alternative). */
  formPage(caller: Caller, journeyId: string, conferenceId: string, page: string) {
    return this.cases.conference(
      caller,
      journeyId,
      conferenceId,
      'work',
      page,
      async (tx, open) => ({
        outcome: 'found' as const,
        ...open,
        venues: await venuesOf(tx, { activeOnly: true }),
        offered: await offeredMembers(tx, open.found, caller.user.organisationId),
        wishes: await wishesOf(tx, conferenceId),
        language: firstLanguageOf(open.found),
        kind: kindOf(open.found),
      }),
    );
  }

  changeArrangements(
    caller: Caller,
    journeyId: string,
    conferenceId: string,
    form: ArrangementsForm,
  ) {
    return this.change(caller, journeyId, conferenceId, 'arrangements', async (tx, open) => {
      const startsAt = instantFromLondon(form.startsOn, form.time);
      const moved = startsAt.getTime() !== open.conference.starts_at?.getTime();
      // Moving a conference into the past is refused; keeping its date after it passed is not.
      const refused =
        (moved ? pastRefusal(startsAt) : null) ?? (await venueProblem(tx, form.venueId));
      if (refused) return refused;
      await updateConference(tx, conferenceId, arrangementColumns(form));
      return { moved };
    });
  }

  saveYoungPerson(caller: Caller, journeyId: string, conferenceId: string, form: YoungPersonForm) {
    return this.change(caller, journeyId, conferenceId, 'young-person', async (tx, open) => {
      const offered = new Set(
        (await offeredMembers(tx, open.found, caller.user.organisationId)).map(
          (member) => member.id,
        ),
      );
      if (form.wanted.some((id) => !offered.has(id))) {
        return {
          outcome: 'refused',
          reason: 'Choose only people the young person said yes to and who are safe to invite',
          field: 'wanted',
        } satisfies Refused;
      }
      await replaceWishes(tx, caller.user.organisationId, conferenceId, form.wanted);
      await updateConference(tx, conferenceId, {
        what_matters: form.whatMatters,
        support_needs: form.supportNeeds,
        young_person_prepared: form.youngPersonPrepared,
      });
      return { wanted: form.wanted.length };
    });
  }

  savePreparation(caller: Caller, journeyId: string, conferenceId: string, form: PreparationForm) {
    return this.change(caller, journeyId, conferenceId, 'preparation', async (tx) => {
      await updateConference(tx, conferenceId, {
        network_prepared: form.networkPrepared,
        professionals_prepared: form.professionalsPrepared,
        written_information: form.writtenInformation,
        information_shared_on: form.sharedOn,
        information_shared_with: form.sharedWith,
      });
      return { shared: form.sharedOn !== null };
    });
  }

  /** A change to a planned conference, audited; an alternative has nothing of this to change. */
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
      async (tx, open) => {
        if (open.conference.held_as === 'alternative') {
          return {
            outcome: 'refused',
            reason: 'This records another way of deciding, not a conference',
          } satisfies Refused;
        }
        const result = await work(tx, open);
        if ('outcome' in result) return result as Refused;
        await auditJourney(tx, caller, journeyId, `conference.${what}-changed`, {
          conferenceId,
          ...result,
        });
        return { outcome: 'saved', conferenceId } satisfies Saved;
      },
    );
  }
}

export type { ConferenceRow };
