import { dueNext } from '../../domain/journey-due.ts';
import { STAGES } from '../../domain/journey-stages.ts';
import { londonDateOf } from '../../domain/london-time.ts';
import { childName } from '../../domain/person-name.ts';
import { countInWords, pageLinks } from '../../platform/pagination.ts';
import type { SignedInUser } from '../../platform/session.ts';
import { dueItemView } from './case-page.view-model.ts';
import { KIND_NAMES, STATUS_TAGS, stageLabel } from './journey-labels.ts';
import { type JourneyListRow, journeyKey } from './journey-lists.repository.ts';
import type { JourneyFilter } from './journey-lists.schemas.ts';
import type { JourneyListsService } from './journey-lists.service.ts';

type Listed = Awaited<ReturnType<JourneyListsService['list']>>;

/** One journey as the lists show it (the journeys list and the home page). */
export function journeyRow(journey: JourneyListRow, today: string) {
  const meeting = journey.meeting_starts_at
    ? {
        on: londonDateOf(journey.meeting_starts_at),
        recorded: journey.meeting_recorded_at !== null,
      }
    : null;
  const first = dueNext(
    {
      stage: journey.stage,
      status: journey.status,
      planningMeeting: meeting,
      consentReconfirmationDue: journey.consent_reconfirmation_due,
    },
    today,
  )[0];
  return {
    href: `/journeys/${journey.id}`,
    names: journey.children.length
      ? journey.children.map(childName).join(', ')
      : 'No child recorded',
    kind: KIND_NAMES[journey.kind],
    reference: journey.reference,
    stage: stageLabel(journey.stage),
    status: STATUS_TAGS[journey.status],
    coordinator: journey.coordinator_name,
    due: first ? dueItemView(first, journey.id, journey.stage, false) : null,
  };
}

function options<T extends string | number>(
  all: string,
  choices: Array<{ value: T; text: string }>,
  selected: T | undefined,
) {
  return [
    { value: '', text: all, selected: selected === undefined },
    ...choices.map((choice) => ({ ...choice, selected: choice.value === selected })),
  ];
}

function heading(user: SignedInUser, teamView: boolean) {
  if (teamView) return { title: 'Journeys', caption: 'Team view: every journey of the service' };
  if (user.roles.includes('coordinator')) {
    return { title: 'Your journeys', caption: 'The journeys you coordinate' };
  }
  return {
    title: 'Journeys',
    caption: 'The journeys of the referrals you made and the young people you work with',
  };
}

export function journeyListModel(user: SignedInUser, listed: Listed, filter: JourneyFilter) {
  const filtered = Boolean(
    filter.q || filter.kind || filter.stage || filter.status || filter.coordinator,
  );
  return {
    ...heading(user, listed.teamView),
    filter,
    filtered,
    teamView: listed.teamView,
    rows: listed.page.rows.map((journey) => journeyRow(journey, listed.today)),
    countText: countInWords(listed.matching, 'journey', 'journeys'),
    pagination: pageLinks('/journeys', { ...filter }, listed.page, journeyKey),
    filterOptions: {
      kinds: options(
        'All kinds',
        Object.entries(KIND_NAMES).map(([value, text]) => ({ value, text })),
        filter.kind,
      ),
      stages: options(
        'All stages',
        STAGES.map((stage) => ({ value: stage.number, text: stageLabel(stage.number) })),
        filter.stage,
      ),
      statuses: options(
        'All statuses',
        Object.entries(STATUS_TAGS).map(([value, tag]) => ({ value, text: tag.text })),
        filter.status,
      ),
      coordinators: options(
        'All coordinators',
        listed.coordinators.map((person) => ({ value: person.id, text: person.display_name })),
        filter.coordinator,
      ),
    },
  };
}
