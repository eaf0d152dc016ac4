import {
  ACTION_METHOD_TEXT,
  type PlanAction,
  type PlanContent,
  type PlanOwner,
  sectionsFor,
} from './plan-content.ts';

/**
 * The plan as a document, in plain English: the same sections, in the same order, for the HTML
 * view, the PDF and the comparison of two versions. Built only from the plan's content, which
 * never holds a sensitive note, a police-check outcome or a "not safe" reason (ADR 0030).
 */

export interface DocumentSection {
  key: string;
  title: string;
  /** The young person's own words: shown as theirs, never reworded. */
  ownWords: boolean;
  /** Paragraphs; an empty section says so in one line. */
  lines: string[];
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export function longDate(isoDate: string): string {
  return LONG_DATE.format(new Date(`${isoDate}T00:00:00Z`));
}

export function ownerText(owner: PlanOwner): string {
  return owner.kind === 'member' || !owner.role ? owner.name : `${owner.name} (${owner.role})`;
}

export function actionLines(action: PlanAction): string {
  const parts = [`${ownerText(action.owner)} will ${lowerFirst(action.what)}`];
  if (action.byWhen) parts.push(`by ${longDate(action.byWhen)}`);
  if (action.howOften) parts.push(lowerFirst(action.howOften));
  return `${parts.join(', ')}. ${ACTION_METHOD_TEXT[action.how]}.`.replace(/\.\./g, '.');
}

function lowerFirst(text: string): string {
  const trimmed = text.trim().replace(/\.$/, '');
  // Keep a name or "I" capitalised: lower only an ordinary first word ("Visit" → "visit").
  return /^[A-Z][a-z]+\b/.test(trimmed) && !/^I\b/.test(trimmed)
    ? trimmed.charAt(0).toLowerCase() + trimmed.slice(1)
    : trimmed;
}

const NOT_WRITTEN = 'Nothing written yet.';

export function planDocument(content: PlanContent, fgc: boolean): DocumentSection[] {
  const texts = sectionsFor(fgc);
  const written = (key: string) => {
    const section = texts.find((candidate) => candidate.key === key);
    if (!section) return [];
    const value = content[section.field];
    return [
      {
        key,
        title: section.title,
        ownWords: key === 'words',
        lines: value ? value.split(/\n\s*\n/).map((paragraph) => paragraph.trim()) : [NOT_WRITTEN],
      },
    ];
  };
  const sections: DocumentSection[] = [
    ...written('words'),
    {
      key: 'actions',
      title: 'Who will do what',
      ownWords: false,
      lines: content.actions.length ? content.actions.map(actionLines) : ['No actions yet.'],
    },
    ...written('contact'),
    ...written('permanency'),
  ];
  if (fgc) {
    sections.push({
      key: 'carers',
      title: 'Carers identified',
      ownWords: false,
      lines: content.carers.length
        ? content.carers.map((carer) =>
            `${carer.name}, ${carer.term === 'long' ? 'long term' : 'short term'}. What they can offer: ${carer.capacity}.${carer.barriers ? ` What might get in the way: ${carer.barriers}.` : ''}`.replace(
              /\.\./g,
              '.',
            ),
          )
        : ['No carers identified.'],
    });
    sections.push(...written('bottom-lines'));
  }
  sections.push(...written('contingency'), ...written('resources'), {
    key: 'monitor',
    title: 'Who will check the plan is working',
    ownWords: false,
    lines: content.monitor
      ? [
          `${ownerText(content.monitor)}, chosen by the young person, will check the plan is working.`,
        ]
      : ['Not chosen yet.'],
  });
  return sections;
}

export interface ComparedSection {
  key: string;
  title: string;
  changed: boolean;
  before: string[];
  after: string[];
}

/** Two versions side by side, section by section, saying which sections changed. */
export function compareVersions(
  before: PlanContent,
  after: PlanContent,
  fgc: boolean,
): ComparedSection[] {
  const old = planDocument(before, fgc);
  return planDocument(after, fgc).map((section) => {
    const earlier = old.find((candidate) => candidate.key === section.key)?.lines ?? [];
    return {
      key: section.key,
      title: section.title,
      changed: earlier.join('\n') !== section.lines.join('\n'),
      before: earlier,
      after: section.lines,
    };
  });
}
