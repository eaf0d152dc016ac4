/**
 * The six discovery tools of stage 3 (the Lifelong Links policy, stage three) and when a tool's
 * work is done. ADR 0024 explains the FGC's lighter stage 3.
 */
export const DISCOVERY_TOOLS = [
  {
    code: 'timeline',
    name: 'Timeline',
    summary: 'The young person’s own story of their life, in their words and in order.',
  },
  {
    code: 'chronology',
    name: 'Chronology',
    summary: 'Dated events from the records: placement moves, schools, family events.',
  },
  {
    code: 'genogram',
    name: 'Genogram',
    summary: 'The family tree, drawn from the people recorded.',
  },
  {
    code: 'online_searches',
    name: 'Online searches',
    summary: 'Searches for people the young person has lost touch with, each one logged.',
  },
  {
    code: 'mobility_mapping',
    name: 'Mobility mapping',
    summary: 'The places the young person has lived or spent time, and the people there.',
  },
  {
    code: 'social_connections',
    name: 'Social connections',
    summary: 'Who is close to the young person now, and how they help.',
  },
] as const;

export type DiscoveryTool = (typeof DISCOVERY_TOOLS)[number]['code'];
export const TOOL_CODES = DISCOVERY_TOOLS.map((tool) => tool.code) as [
  DiscoveryTool,
  ...DiscoveryTool[],
];

export function toolName(code: string): string {
  return DISCOVERY_TOOLS.find((tool) => tool.code === code)?.name ?? code;
}

export function isDiscoveryTool(value: unknown): value is DiscoveryTool {
  return typeof value === 'string' && (TOOL_CODES as readonly string[]).includes(value);
}

/** What has been recorded about one tool. */
export interface ToolRecord {
  tool: DiscoveryTool;
  offeredOn: string | null;
  outcome: 'completed' | 'declined' | null;
  discussedWithYoungPerson: boolean;
  discussedWithSocialWorkerAndCarer: boolean;
  nextSteps: string | null;
}

/** The next thing a tool needs, or null when its work is done. */
export type ToolNeed = 'offer' | 'outcome' | 'discuss-young-person' | 'discuss-professionals';

/**
 * A tool is done once it has been offered and the young person completed or declined it. A
 * declined tool has no results to discuss; a completed one is done when its results have been
 * discussed with the young person, then with the social worker and carer, and next steps agreed.
 */
export function toolNeed(record: ToolRecord | undefined): ToolNeed | null {
  if (!record?.offeredOn) return 'offer';
  if (!record.outcome) return 'outcome';
  if (record.outcome === 'declined') return null;
  if (!record.discussedWithYoungPerson) return 'discuss-young-person';
  if (!record.discussedWithSocialWorkerAndCarer || !record.nextSteps) {
    return 'discuss-professionals';
  }
  return null;
}

/**
 * The tools a journey must finish before it leaves stage 3. Lifelong Links offers all six. An
 * FGC's stage 3 is lighter (DOMAIN.md): the family's network is mapped with the genogram; the
 * other tools are offered where they help, and do not hold the journey back (ADR 0024).
 */
export function requiredTools(kind: 'fgc' | 'lifelong_links'): readonly DiscoveryTool[] {
  return kind === 'fgc' ? ['genogram'] : TOOL_CODES;
}

export interface OutstandingTool {
  tool: DiscoveryTool;
  need: ToolNeed;
}

/** The first required tool whose work is not done, in the tools' order; null when all are. */
export function outstandingTool(
  kind: 'fgc' | 'lifelong_links',
  records: readonly ToolRecord[],
): OutstandingTool | null {
  for (const tool of requiredTools(kind)) {
    const need = toolNeed(records.find((record) => record.tool === tool));
    if (need) return { tool, need };
  }
  return null;
}

const NEED_WORDS: Record<ToolNeed, (name: string) => string> = {
  offer: (name) => `Offer the ${name.toLowerCase()} tool to the young person`,
  outcome: (name) =>
    `Record whether the young person completed or declined the ${name.toLowerCase()}`,
  'discuss-young-person': (name) =>
    `Discuss the results of the ${name.toLowerCase()} with the young person`,
  'discuss-professionals': (name) =>
    `Discuss the results of the ${name.toLowerCase()} with the social worker and carer, and agree next steps`,
};

/** What to do next about a tool, in words. */
export function toolNeedText(outstanding: OutstandingTool): string {
  return NEED_WORDS[outstanding.need](toolName(outstanding.tool));
}
