import { describe, expect, it } from 'vitest';
import { decideWithdrawal } from './consent-withdrawal.ts';

describe('decideWithdrawal', () => {
  it('pauses or ends a journey about one child, as before', () => {
    expect(
      decideWithdrawal({
        outcome: 'pause',
        childIds: ['a'],
        giverChildIds: ['a'],
        chosenChildId: null,
      }),
    ).toEqual({ allowed: true, journey: 'pause', childIds: ['a'] });
    expect(
      decideWithdrawal({
        outcome: 'child',
        childIds: ['a'],
        giverChildIds: ['a'],
        chosenChildId: 'a',
      }),
    ).toMatchObject({ allowed: false, field: 'outcome' });
  });

  it('stops one sibling’s work only, leaving the journey unchanged', () => {
    expect(
      decideWithdrawal({
        outcome: 'child',
        childIds: ['a', 'b'],
        giverChildIds: ['b'],
        chosenChildId: null,
      }),
    ).toEqual({ allowed: true, journey: 'unchanged', childIds: ['b'] });
  });

  it('asks a parent of both which child, and refuses a child they did not consent for', () => {
    const parent = { outcome: 'child' as const, childIds: ['a', 'b'], giverChildIds: ['a', 'b'] };
    expect(decideWithdrawal({ ...parent, chosenChildId: null })).toMatchObject({
      allowed: false,
      field: 'childId',
    });
    expect(decideWithdrawal({ ...parent, chosenChildId: 'a' })).toEqual({
      allowed: true,
      journey: 'unchanged',
      childIds: ['a'],
    });
    expect(decideWithdrawal({ ...parent, chosenChildId: 'z' })).toMatchObject({ allowed: false });
  });
});
