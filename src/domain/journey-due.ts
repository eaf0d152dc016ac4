import type { OutstandingTool } from './discovery-tools.ts';
import type { JourneyStatus } from './journey-status.ts';

/** What a journey needs next, as far as the case page and the lists show it. */
export type DueKind =
  | 'resume'
  | 'consent-given-again'
  | 'schedule-planning-meeting'
  | 'record-planning-meeting'
  | 'discovery-tool'
  | 'plan-conference'
  | 'move-on'
  | 'reconfirm-consent';

export interface DueItem {
  kind: DueKind;
  /** YYYY-MM-DD, when the item has a date. */
  dueOn: string | null;
  overdue: boolean;
  /** For 'discovery-tool': the tool outstanding and what it needs. */
  tool?: OutstandingTool;
}

export interface DueFacts {
  stage: number;
  status: JourneyStatus;
  /** The planning meeting's UK date, and whether it has been recorded. */
  planningMeeting: { on: string; recorded: boolean } | null;
  consentReconfirmationDue: string | null;
  /** A consent is withdrawn: a paused journey resumes only once it is given again. */
  consentWithdrawn?: boolean;
  /**
   * At stage 3, the first discovery tool still to finish (null when all are done). Left out where
   * the tools were not read (the journey lists), which then say only "move on".
   */
  discoveryOutstanding?: OutstandingTool | null;
}

function dated(kind: DueKind, dueOn: string, today: string): DueItem {
  return { kind, dueOn, overdue: dueOn < today };
}

/**
 * The next things to do: anything overdue first, then the stage's own work, then what falls due
 * later (earliest first). An ended journey needs nothing; a
 * paused one needs resuming when the young person is ready, and its consent still reconfirming.
 */
export function dueNext(facts: DueFacts, today: string): DueItem[] {
  if (facts.status === 'ended') return [];
  const items: DueItem[] = [];
  if (facts.status === 'paused' && facts.consentWithdrawn) {
    items.push({ kind: 'consent-given-again', dueOn: null, overdue: false });
  } else if (facts.status === 'paused') {
    items.push({ kind: 'resume', dueOn: null, overdue: false });
  } else if (facts.stage === 2 && !facts.planningMeeting) {
    items.push({ kind: 'schedule-planning-meeting', dueOn: null, overdue: false });
  } else if (facts.stage === 2 && facts.planningMeeting && !facts.planningMeeting.recorded) {
    items.push(dated('record-planning-meeting', facts.planningMeeting.on, today));
  } else if (facts.stage === 3 && facts.discoveryOutstanding) {
    items.push({
      kind: 'discovery-tool',
      dueOn: null,
      overdue: false,
      tool: facts.discoveryOutstanding,
    });
  } else if (facts.stage < 8) {
    // Stage 5: the conference is planned, and its readiness list checked, before moving on.
    if (facts.stage === 5) items.push({ kind: 'plan-conference', dueOn: null, overdue: false });
    items.push({ kind: 'move-on', dueOn: null, overdue: false });
  }
  if (facts.consentReconfirmationDue) {
    items.push(dated('reconfirm-consent', facts.consentReconfirmationDue, today));
  }
  const rank = (item: DueItem) => (item.overdue ? 0 : item.dueOn === null ? 1 : 2);
  return items.sort((a, b) => rank(a) - rank(b) || (a.dueOn ?? '').localeCompare(b.dueOn ?? ''));
}
