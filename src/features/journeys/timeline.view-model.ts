import type { JourneyEventKind } from '../../db/schema.ts';
import { stageName } from '../../domain/journey-stages.ts';
import { formatDate } from '../../platform/date-format.ts';
import type { CasePage } from './case-page.service.ts';
import { type GIVER_NAMES, METHOD_NAMES, paragraphsHtml } from './journey-labels.ts';

/** One entry of the MoJ timeline component. */
export interface TimelineItem {
  label: { text: string };
  html: string;
  datetime: { timestamp: string; type: 'datetime' };
  byline?: { text: string };
}

interface Dated {
  at: Date;
  /** Orders entries written in the same transaction: the cause before its consequence. */
  rank: number;
  item: TimelineItem;
}

const EVENT_LABELS: Record<JourneyEventKind, string> = {
  opened: 'Journey opened',
  stage_moved: 'Moved on',
  paused: 'Journey paused',
  resumed: 'Journey resumed',
  ended: 'Journey ended',
  consent_withdrawn: 'Consent withdrawn',
  consent_reconfirmed: 'Consent reconfirmed',
  planning_meeting_scheduled: 'Planning meeting scheduled',
  planning_meeting_recorded: 'Planning meeting recorded',
};

const CONSEQUENCES: readonly JourneyEventKind[] = ['paused', 'ended', 'resumed', 'stage_moved'];

function entry(at: Date, rank: number, label: string, html: string, by: string | null): Dated {
  return {
    at,
    rank,
    item: {
      label: { text: label },
      html,
      datetime: { timestamp: at.toISOString(), type: 'datetime' },
      ...(by ? { byline: { text: by } } : {}),
    },
  };
}

function eventEntry(event: CasePage['events'][number]): Dated {
  let label = EVENT_LABELS[event.kind];
  if (event.kind === 'opened' && event.to_stage) {
    label = `Journey opened at stage ${event.to_stage}, ${stageName(event.to_stage)}`;
  }
  if (event.kind === 'stage_moved' && event.to_stage) {
    label = `Moved to stage ${event.to_stage}, ${stageName(event.to_stage)}`;
  }
  const rank = event.kind === 'opened' ? 0 : CONSEQUENCES.includes(event.kind) ? 2 : 1;
  return entry(
    event.occurred_at,
    rank,
    label,
    paragraphsHtml(event.reason ?? ''),
    event.actor_name,
  );
}

function noteEntry(note: CasePage['notes'][number]): Dated {
  if (note.body === null) {
    return entry(
      note.created_at,
      1,
      'Sensitive case note',
      '<p class="govuk-body">A sensitive note was recorded.</p>',
      note.author_name,
    );
  }
  const label = note.sensitive ? 'Sensitive case note' : 'Case note';
  return entry(note.created_at, 1, label, paragraphsHtml(note.body), note.author_name);
}

function reconfirmationEntry(reconfirmation: CasePage['reconfirmations'][number]): Dated {
  const who =
    reconfirmation.giver === 'young_person'
      ? 'the young person'
      : `${reconfirmation.giver_name ?? 'a person'} (parental responsibility)`;
  const summary = `${METHOD_NAMES[reconfirmation.method]} on ${formatDate(reconfirmation.reconfirmed_on)}. Next reconfirmation due ${formatDate(reconfirmation.next_due_on)}.`;
  return entry(
    reconfirmation.recorded_at,
    1,
    `Consent reconfirmed by ${who}`,
    paragraphsHtml(`${summary}\n\n${reconfirmation.notes ?? ''}`),
    reconfirmation.recorded_by_name,
  );
}

/**
 * Everything that happened on the journey, newest first: its events, case notes and consent
 * reconfirmations (the reconfirmation's own entry carries the detail, so its event is not repeated).
 */
export function timelineItems(page: CasePage): TimelineItem[] {
  const entries: Dated[] = [
    ...page.events.filter((event) => event.kind !== 'consent_reconfirmed').map(eventEntry),
    ...page.notes.map(noteEntry),
    ...page.reconfirmations.map(reconfirmationEntry),
  ];
  return entries
    .map((dated, index) => ({ dated, index }))
    .sort(
      (a, b) =>
        b.dated.at.getTime() - a.dated.at.getTime() ||
        b.dated.rank - a.dated.rank ||
        b.index - a.index,
    )
    .map(({ dated }) => dated.item);
}

/** Who gave a consent, for the consent summary on the case page. */
export function consentGiverText(consent: {
  giver: keyof typeof GIVER_NAMES;
  giver_name: string | null;
  relationship: string | null;
}) {
  if (consent.giver === 'young_person') return 'The young person';
  return `${consent.giver_name ?? 'Unknown'}${consent.relationship ? ` (${consent.relationship})` : ''}`;
}
