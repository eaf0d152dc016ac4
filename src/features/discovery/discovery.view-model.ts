import {
  DISCOVERY_TOOLS,
  type DiscoveryTool,
  requiredTools,
  type ToolRecord,
  toolName,
  toolNeed,
} from '../../domain/discovery-tools.ts';
import { formatDate } from '../../platform/date-format.ts';
import { dateValues } from '../journeys/form-fields.ts';
import type { SessionRow } from './sessions.repository.ts';
import type { ToolRow } from './tools.repository.ts';

const NOTICES: Record<string, string> = {
  'tool-recorded': 'The discovery tool has been recorded.',
  'session-recorded': 'The session with the young person has been recorded.',
  'search-logged': 'The online search has been logged.',
  'chronology-added': 'The event has been added to the chronology.',
  'timeline-added': 'The young person’s words have been added to their timeline.',
  'place-added': 'The place has been added to the mobility map.',
  'lead-added':
    'The person has been added to the network as a new lead, found by mobility mapping.',
};

export function discoveryNotice(notice: unknown): string | null {
  return typeof notice === 'string' ? (NOTICES[notice] ?? null) : null;
}

/** A tool's state in a few words, as the task list's status tag. */
export function toolStatus(record: ToolRecord | undefined, required: boolean) {
  const need = toolNeed(record);
  if (need === null) {
    return record?.outcome === 'declined'
      ? { text: 'Declined', classes: 'govuk-tag--grey' }
      : { text: 'Completed and discussed', classes: 'govuk-tag--green' };
  }
  if (need === 'offer') {
    return required
      ? { text: 'Not offered yet', classes: 'govuk-tag--blue' }
      : { text: 'Optional', classes: 'govuk-tag--grey' };
  }
  if (need === 'outcome') return { text: 'Offered', classes: 'govuk-tag--light-blue' };
  return { text: 'Results to discuss', classes: 'govuk-tag--yellow' };
}

/** The six tools as a GOV.UK task list: each links to its form for those who can record it. */
export function toolTaskItems(
  journey: { id: string; kind: 'fgc' | 'lifelong_links' },
  records: readonly ToolRecord[],
  canWork: boolean,
) {
  const required = requiredTools(journey.kind);
  return DISCOVERY_TOOLS.map((tool) => {
    const record = records.find((each) => each.tool === tool.code);
    const offered = record?.offeredOn ? ` Offered ${formatDate(record.offeredOn)}.` : '';
    return {
      title: { text: tool.name },
      hint: { text: `${tool.summary}${offered}` },
      href: canWork ? `/journeys/${journey.id}/discovery/tools/${tool.code}` : undefined,
      status: { tag: toolStatus(record, required.includes(tool.code)) },
    };
  });
}

/** The sessions, oldest first, with the young person's words as they said them. */
export function sessionItems(rows: readonly SessionRow[]) {
  return rows.map((row) => ({
    heldOn: formatDate(row.held_on),
    place: row.place,
    whoWasThere: row.who_was_there,
    tools: row.tools.map(toolName).join(', ') || 'None',
    ownWords: row.own_words,
    wantsNext: row.wants_next,
    recordedBy: row.recorded_by_name ?? 'Unknown',
  }));
}

/** The tool form's values from what was recorded, as the fields send them. */
export function toolValues(row: ToolRow | undefined): Record<string, unknown> {
  if (!row) return {};
  return {
    ...(row.offered_on ? dateValues('offeredOn', row.offered_on) : {}),
    outcome: row.outcome ?? 'not_yet',
    discussedWithYoungPerson: row.discussed_with_young_person ? 'yes' : '',
    discussedWithProfessionals: row.discussed_with_professionals ? 'yes' : '',
    nextSteps: row.next_steps ?? '',
  };
}

export function toolTitle(tool: DiscoveryTool): string {
  return `${toolName(tool)}: record the tool`;
}
