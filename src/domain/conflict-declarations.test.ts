import { describe, expect, it } from 'vitest';
import { declarationsInForce, hasConflictInForce } from './conflict-declarations.ts';

const at = (day: number) => new Date(Date.UTC(2026, 0, day));
const yes = {
  id: 'a',
  coordinator_id: 'cara',
  has_conflict: true,
  declared_at: at(1),
  corrects_id: null,
};

describe('conflict declarations in force', () => {
  it('keeps a "yes" in force until a correction replaces it, whatever is declared later', () => {
    const laterNo = { ...yes, id: 'b', has_conflict: false, declared_at: at(2) };
    expect(hasConflictInForce([yes, laterNo], 'cara')).toBe(true);
    const correction = { ...laterNo, id: 'c', corrects_id: 'a', declared_at: at(3) };
    expect(hasConflictInForce([yes, laterNo, correction], 'cara')).toBe(false);
    expect(hasConflictInForce([yes], 'conor')).toBe(false);
  });

  it('lists each declaration in force with the ones it replaced, newest first', () => {
    const first = { ...yes, id: 'c', corrects_id: 'a', has_conflict: false, declared_at: at(2) };
    const second = { ...yes, id: 'd', corrects_id: 'c', declared_at: at(3) };
    const other = { ...yes, id: 'e', coordinator_id: 'conor', declared_at: at(4) };
    const chains = declarationsInForce([yes, first, second, other]);
    expect(chains.map(({ current, replaced }) => [current.id, replaced.map((d) => d.id)])).toEqual([
      ['d', ['c', 'a']],
      ['e', []],
    ]);
  });
});
