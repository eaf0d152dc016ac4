import { describe, expect, it } from 'vitest';
import { type DueFacts, dueNext } from './journey-due.ts';

const TODAY = '2026-05-10';
const base: DueFacts = {
  stage: 2,
  status: 'active',
  planningMeeting: null,
  consentReconfirmationDue: '2026-08-01',
};

describe('what is due next', () => {
  it('asks for the planning meeting to be scheduled, then the consent reconfirmation', () => {
    expect(dueNext(base, TODAY)).toEqual([
      { kind: 'schedule-planning-meeting', dueOn: null, overdue: false },
      { kind: 'reconfirm-consent', dueOn: '2026-08-01', overdue: false },
    ]);
  });

  it('asks for a scheduled meeting to be recorded, overdue once its day has passed', () => {
    const items = dueNext(
      { ...base, planningMeeting: { on: '2026-05-01', recorded: false } },
      TODAY,
    );
    expect(items[0]).toEqual({
      kind: 'record-planning-meeting',
      dueOn: '2026-05-01',
      overdue: true,
    });
  });

  it('suggests moving on once the meeting is recorded', () => {
    const items = dueNext(
      { ...base, planningMeeting: { on: '2026-05-01', recorded: true } },
      TODAY,
    );
    expect(items.map((item) => item.kind)).toEqual(['move-on', 'reconfirm-consent']);
  });

  it('marks an overdue consent reconfirmation', () => {
    const items = dueNext({ ...base, stage: 4, consentReconfirmationDue: '2026-05-09' }, TODAY);
    expect(items[0]).toEqual({ kind: 'reconfirm-consent', dueOn: '2026-05-09', overdue: true });
  });

  it('asks to resume a paused journey and needs nothing of an ended one', () => {
    expect(dueNext({ ...base, status: 'paused' }, TODAY).map((item) => item.kind)).toEqual([
      'resume',
      'reconfirm-consent',
    ]);
    expect(dueNext({ ...base, status: 'ended' }, TODAY)).toEqual([]);
  });

  it('has nothing to move on to at the last stage', () => {
    expect(dueNext({ ...base, stage: 8, consentReconfirmationDue: null }, TODAY)).toEqual([]);
  });

  it('names the discovery tool outstanding at stage 3, and moves on once none is', () => {
    const outstanding = { tool: 'mobility_mapping', need: 'offer' } as const;
    const items = dueNext({ ...base, stage: 3, discoveryOutstanding: outstanding }, TODAY);
    expect(items[0]).toEqual({
      kind: 'discovery-tool',
      dueOn: null,
      overdue: false,
      tool: outstanding,
    });
    const done = dueNext({ ...base, stage: 3, discoveryOutstanding: null }, TODAY);
    expect(done[0]?.kind).toBe('move-on');
  });
});

describe('stage 5', () => {
  it('asks for the conference to be planned before moving on', () => {
    const items = dueNext(
      { stage: 5, status: 'active', planningMeeting: null, consentReconfirmationDue: null },
      '2026-05-01',
    );
    expect(items.map((item) => item.kind)).toEqual(['plan-conference', 'move-on']);
  });
});
