import { describe, expect, it } from 'vitest';
import {
  DISCOVERY_TOOLS,
  outstandingTool,
  requiredTools,
  type ToolRecord,
  toolNeed,
  toolNeedText,
} from './discovery-tools.ts';

function record(tool: ToolRecord['tool'], changes: Partial<ToolRecord> = {}): ToolRecord {
  return {
    tool,
    offeredOn: '2026-03-01',
    outcome: 'completed',
    discussedWithYoungPerson: true,
    discussedWithSocialWorkerAndCarer: true,
    nextSteps: 'Write to Aunt Jo',
    ...changes,
  };
}

describe('the discovery tools', () => {
  it('are the six the policy names, in its order', () => {
    expect(DISCOVERY_TOOLS.map((tool) => tool.name)).toEqual([
      'Timeline',
      'Chronology',
      'Genogram',
      'Online searches',
      'Mobility mapping',
      'Social connections',
    ]);
  });

  it('need offering, an outcome, then discussion with the young person and the professionals', () => {
    expect(toolNeed(undefined)).toBe('offer');
    expect(toolNeed(record('timeline', { offeredOn: null }))).toBe('offer');
    expect(toolNeed(record('timeline', { outcome: null }))).toBe('outcome');
    expect(toolNeed(record('timeline', { discussedWithYoungPerson: false }))).toBe(
      'discuss-young-person',
    );
    expect(toolNeed(record('timeline', { discussedWithSocialWorkerAndCarer: false }))).toBe(
      'discuss-professionals',
    );
    expect(toolNeed(record('timeline', { nextSteps: null }))).toBe('discuss-professionals');
    expect(toolNeed(record('timeline'))).toBeNull();
  });

  it('count a declined tool as done: there are no results to discuss', () => {
    expect(
      toolNeed(
        record('online_searches', {
          outcome: 'declined',
          discussedWithYoungPerson: false,
          discussedWithSocialWorkerAndCarer: false,
          nextSteps: null,
        }),
      ),
    ).toBeNull();
  });

  it('ask Lifelong Links for all six, and an FGC for the genogram only', () => {
    expect(requiredTools('lifelong_links')).toHaveLength(6);
    expect(requiredTools('fgc')).toEqual(['genogram']);
    const allButMobility = DISCOVERY_TOOLS.filter((tool) => tool.code !== 'mobility_mapping').map(
      (tool) => record(tool.code),
    );
    expect(outstandingTool('lifelong_links', allButMobility)).toEqual({
      tool: 'mobility_mapping',
      need: 'offer',
    });
    expect(outstandingTool('fgc', [record('genogram')])).toBeNull();
    expect(outstandingTool('fgc', [])).toEqual({ tool: 'genogram', need: 'offer' });
  });

  it('say in words what the outstanding tool needs', () => {
    expect(toolNeedText({ tool: 'social_connections', need: 'discuss-professionals' })).toBe(
      'Discuss the results of the social connections with the social worker and carer, and agree next steps',
    );
  });
});
