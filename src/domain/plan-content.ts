import type { MemberFacts, SafetyFacts } from './network-pipeline.ts';

/**
 * The plan's content (issue 8, "The plan"; ADR 0030): the shape of `plan_versions.content`,
 * read back tolerantly, and the rules about it. Pure: the plan feature loads the facts, asks
 * here, and writes what these allow. Nothing here ever holds a sensitive note, a police-check
 * outcome or a "not safe" reason: a person is named by their name only.
 */

export const ACTION_METHODS = ['in_person', 'letter', 'telephone', 'video'] as const;
export type ActionMethod = (typeof ACTION_METHODS)[number];
export const ACTION_METHOD_TEXT: Record<ActionMethod, string> = {
  in_person: 'In person',
  letter: 'By letter',
  telephone: 'By telephone',
  video: 'By video call',
};

export const CARER_TERMS = ['short', 'long'] as const;
export type CarerTerm = (typeof CARER_TERMS)[number];

/** Who does something: a person in the young person's network, or a professional. */
export type PlanOwner =
  | { kind: 'member'; memberId: string; name: string }
  | { kind: 'professional'; name: string; role: string };

export interface PlanAction {
  id: string;
  what: string;
  owner: PlanOwner;
  /** ISO date, or null when there is no set date. */
  byWhen: string | null;
  howOften: string | null;
  how: ActionMethod;
}

export interface PlanCarer {
  id: string;
  name: string;
  term: CarerTerm;
  capacity: string;
  barriers: string | null;
}

export interface PlanContent {
  words: string | null;
  actions: PlanAction[];
  contact: string | null;
  permanency: string | null;
  carers: PlanCarer[];
  bottomLines: string | null;
  contingency: string | null;
  resources: string | null;
  monitor: PlanOwner | null;
}

export type TextSectionKey =
  | 'words'
  | 'contact'
  | 'permanency'
  | 'bottom-lines'
  | 'contingency'
  | 'resources';
type TextField = 'words' | 'contact' | 'permanency' | 'bottomLines' | 'contingency' | 'resources';

export interface TextSection {
  key: TextSectionKey;
  field: TextField;
  title: string;
  hint: string;
  fgcOnly: boolean;
  /** Needed before the plan can go to the referrer. */
  required: boolean;
}

/** The plan's written sections, in the order of the task list and the document. */
export const TEXT_SECTIONS: readonly TextSection[] = [
  {
    key: 'words',
    field: 'words',
    title: 'The young person’s own words and wishes',
    hint: 'Write what they said, in their own words. It is shown as theirs.',
    fgcOnly: false,
    required: true,
  },
  {
    key: 'contact',
    field: 'contact',
    title: 'Contact with family, friends and brothers and sisters',
    hint: 'Who they will see or speak to, how often and how.',
    fgcOnly: false,
    required: false,
  },
  {
    key: 'permanency',
    field: 'permanency',
    title: 'Where the young person will live',
    hint: 'Any move or long-term home (relocation and permanency). Leave empty if it is not relevant.',
    fgcOnly: false,
    required: false,
  },
  {
    key: 'bottom-lines',
    field: 'bottomLines',
    title: 'How the bottom lines are met',
    hint: 'The things that must happen for the young person to be safe, and how the plan meets each one.',
    fgcOnly: true,
    required: false,
  },
  {
    key: 'contingency',
    field: 'contingency',
    title: 'If the plan does not work',
    hint: 'The contingency plan: what happens, and who acts, if something goes wrong.',
    fgcOnly: false,
    required: true,
  },
  {
    key: 'resources',
    field: 'resources',
    title: 'What the family asks of the council',
    hint: 'Help, money or services the family asks for to make the plan work.',
    fgcOnly: false,
    required: false,
  },
];

export const MAX_TEXT = 8000;
export const MAX_ACTIONS = 60;

export function textSection(key: string): TextSection | undefined {
  return TEXT_SECTIONS.find((section) => section.key === key);
}

/** The sections a plan has: carers and bottom lines only for an FGC. */
export function sectionsFor(fgc: boolean): readonly TextSection[] {
  return TEXT_SECTIONS.filter((section) => fgc || !section.fgcOnly);
}

export function emptyContent(): PlanContent {
  return {
    words: null,
    actions: [],
    contact: null,
    permanency: null,
    carers: [],
    bottomLines: null,
    contingency: null,
    resources: null,
    monitor: null,
  };
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value : null;

function readOwner(value: unknown): PlanOwner | null {
  if (!value || typeof value !== 'object') return null;
  const owner = value as Record<string, unknown>;
  const name = text(owner.name);
  if (!name) return null;
  if (owner.kind === 'member' && typeof owner.memberId === 'string') {
    return { kind: 'member', memberId: owner.memberId, name };
  }
  return { kind: 'professional', name, role: text(owner.role) ?? '' };
}

function readAction(value: unknown): PlanAction | null {
  if (!value || typeof value !== 'object') return null;
  const action = value as Record<string, unknown>;
  const owner = readOwner(action.owner);
  const what = text(action.what);
  if (!owner || !what || typeof action.id !== 'string') return null;
  const how = ACTION_METHODS.find((method) => method === action.how) ?? 'in_person';
  return {
    id: action.id,
    what,
    owner,
    byWhen: typeof action.byWhen === 'string' ? action.byWhen : null,
    howOften: text(action.howOften),
    how,
  };
}

function readCarer(value: unknown): PlanCarer | null {
  if (!value || typeof value !== 'object') return null;
  const carer = value as Record<string, unknown>;
  const name = text(carer.name);
  const capacity = text(carer.capacity);
  if (!name || !capacity || typeof carer.id !== 'string') return null;
  return {
    id: carer.id,
    name,
    term: carer.term === 'long' ? 'long' : 'short',
    capacity,
    barriers: text(carer.barriers),
  };
}

/**
 * A stored version's content, read tolerantly: anything missing or malformed is left out, so an
 * older or hand-written version still renders (the database does not check `content`).
 */
export function readContent(stored: unknown): PlanContent {
  const raw = (stored && typeof stored === 'object' ? stored : {}) as Record<string, unknown>;
  const list = <T>(value: unknown, read: (item: unknown) => T | null): T[] =>
    Array.isArray(value) ? value.map(read).filter((item): item is T => item !== null) : [];
  return {
    words: text(raw.words),
    actions: list(raw.actions, readAction),
    contact: text(raw.contact),
    permanency: text(raw.permanency),
    carers: list(raw.carers, readCarer),
    bottomLines: text(raw.bottomLines),
    contingency: text(raw.contingency),
    resources: text(raw.resources),
    monitor: readOwner(raw.monitor),
  };
}

/**
 * Why a network member may not own an action or be the monitor, in words for the coordinator,
 * or null. The young person's "no" and "not safe" come first and are named plainly (but never
 * the reason it is not safe); then a closed or deceased member.
 */
export function ownerRefusal(
  member: MemberFacts,
  safety: SafetyFacts | null,
  role: 'action' | 'monitor',
): string | null {
  const what = role === 'action' ? 'be given an action in the plan' : 'be the monitor';
  if (member.say === 'no') return `The young person said no to this person, so they cannot ${what}`;
  const notSafe =
    member.offRamp === 'not_safe' || (safety?.outcome === 'not_safe' && safety.signedOff);
  if (notSafe) return `It is not safe for this person to ${what}`;
  if (member.deceased) return `This person has died, so they cannot ${what}`;
  if (member.offRamp) return `This person is no longer in the network, so they cannot ${what}`;
  return null;
}

export type SectionKey = TextSectionKey | 'actions' | 'carers' | 'monitor';

/** Whether each section of the task list has something in it. */
export function sectionsDone(content: PlanContent, fgc: boolean): Record<SectionKey, boolean> {
  const done = {} as Record<SectionKey, boolean>;
  for (const section of TEXT_SECTIONS) {
    done[section.key] = section.fgcOnly && !fgc ? true : content[section.field] !== null;
  }
  done.actions = content.actions.length > 0;
  done.carers = !fgc || content.carers.length > 0;
  done.monitor = content.monitor !== null;
  return done;
}

/**
 * What is missing before the plan can go to the referrer: the young person's words, at least
 * one action, the contingency plan and the monitor (the plan's core in the seeds).
 */
export function readyProblems(content: PlanContent): string[] {
  const problems: string[] = [];
  if (!content.words) problems.push('Add the young person’s own words and wishes');
  if (content.actions.length === 0) problems.push('Add at least one action');
  if (!content.contingency) problems.push('Add what happens if the plan does not work');
  if (!content.monitor) problems.push('Add the monitor or link person the young person chose');
  return problems;
}

/**
 * Whether a conference can have a plan yet: an alternative way of deciding always can; a
 * conference once the coordinator recorded it as held (features/conferences/day), and never
 * once recorded as cancelled or postponed. Before anything is recorded about the day, a start
 * in the past stands for "held".
 */
export function planStartRefusal(
  conference: {
    heldAs: 'conference' | 'alternative';
    startsAt: Date | null;
    dayStatus?: 'held' | 'cancelled' | 'postponed' | null;
  },
  now: Date,
): string | null {
  if (conference.heldAs === 'alternative') return null;
  if (conference.dayStatus === 'held') return null;
  if (conference.dayStatus === 'cancelled' || conference.dayStatus === 'postponed') {
    return `The conference was ${conference.dayStatus}, so it has no plan. Plan a new conference, or record another way of deciding`;
  }
  if (!conference.startsAt) return 'The conference has no date yet, so it cannot have a plan';
  return conference.startsAt.getTime() > now.getTime()
    ? 'The conference has not happened yet. Start the plan at or after the conference'
    : null;
}
