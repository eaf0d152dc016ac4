import { networkPersonName } from '../../domain/person-name.ts';
import { type PlanContent, sectionsDone, sectionsFor } from '../../domain/plan-content.ts';
import { longDate } from '../../domain/plan-document.ts';
import type { MemberWithPerson } from '../network/network.service.ts';
import type { DecisionRow } from './plans.repository.ts';

const WHEN = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  timeZone: 'Europe/London',
});
export const whenText = (instant: Date) => WHEN.format(instant);

type Decision = Pick<DecisionRow, 'outcome' | 'reason' | 'promised_on' | 'family_told'> & {
  decided_at: Date;
  decided_by_name: string;
  version_number: number;
};

const DECISION_TEXT: Record<DecisionRow['outcome'], string> = {
  agreed: 'Agreed',
  delayed: 'Agreement delayed',
  not_agreed: 'Not agreed: it places the young person at risk of harm',
};

/** The task list: one item per section, each done or to do, linking to its page when editable. */
export function taskItems(content: PlanContent, fgc: boolean, href: string | null) {
  const done = sectionsDone(content, fgc);
  const item = (key: keyof typeof done, title: string, path: string) => ({
    title: { text: title },
    ...(href ? { href: `${href}/${path}` } : {}),
    status: done[key]
      ? { text: 'Written' }
      : { tag: { text: 'To do', classes: 'govuk-tag--blue' } },
  });
  const items = [];
  for (const section of sectionsFor(fgc)) {
    if (section.key === 'contact') items.push(item('actions', 'Who will do what', 'actions'));
    if (section.key === 'bottom-lines') items.push(item('carers', 'Carers identified', 'carers'));
    items.push(item(section.key, section.title, `sections/${section.key}`));
  }
  items.push(item('monitor', 'The monitor or link person', 'monitor'));
  return items;
}

/** Where the plan stands, in one sentence. */
export function stateText(version: {
  ready_at: Date | null;
  agreed_at: Date | null;
  number: number;
}) {
  if (version.agreed_at)
    return `Version ${version.number} was agreed on ${whenText(version.agreed_at)}. It is locked.`;
  if (version.ready_at) return `Version ${version.number} is with the referrer to decide.`;
  return `Version ${version.number} is a draft. When it is written, send it to the referrer.`;
}

export function decisionRows(decisions: readonly Decision[]) {
  return decisions.map((decision) => {
    const lines = [`${DECISION_TEXT[decision.outcome]} (version ${decision.version_number})`];
    if (decision.reason) lines.push(`Why: ${decision.reason}`);
    if (decision.promised_on) lines.push(`Decision promised by ${longDate(decision.promised_on)}`);
    if (decision.outcome === 'delayed') {
      lines.push(decision.family_told ? 'The young person and family were told' : '');
    }
    return {
      key: { text: `${whenText(decision.decided_at)}, ${decision.decided_by_name}` },
      value: { text: lines.filter(Boolean).join('. ') },
    };
  });
}

export const radios = (
  values: readonly string[],
  labels: Record<string, string>,
  chosen: unknown,
) => values.map((value) => ({ value, text: labels[value] ?? value, checked: chosen === value }));

/** The people who may be named in the plan, for a select: the young person said yes, and safe. */
export function peopleOptions(people: readonly MemberWithPerson[], chosen: unknown) {
  return [
    { value: '', text: 'Select a person' },
    ...people.map((member) => ({
      value: member.id,
      text: `${networkPersonName(member)}${member.relationship ? ` (${member.relationship})` : ''}`,
      selected: chosen === member.id,
    })),
  ];
}
