import { describe, expect, it } from 'vitest';
import {
  checkRelationship,
  type GenogramPerson,
  type GenogramRelationship,
} from './genogram-rules.ts';

const person = (id: string, name: string, birthYear: number | null = null): GenogramPerson => ({
  id,
  name,
  gender: 'unknown',
  deceased: false,
  birthYear,
  isYoungPerson: false,
});
const people = [
  person('nan', 'Rose', 1950),
  person('mum', 'Kim', 1975),
  person('yp', 'Jay', 2010),
  person('x', 'Sam'),
];
const birth = (parent: string, child: string): GenogramRelationship => ({
  kind: 'parent',
  parent,
  child,
  parentKind: 'birth',
});
const recorded = [birth('nan', 'mum'), birth('mum', 'yp')];

describe('checkRelationship', () => {
  it('allows an ordinary parent, partner or carer', () => {
    expect(checkRelationship(people, recorded, birth('x', 'yp'))).toEqual({ ok: true });
    expect(
      checkRelationship(people, recorded, { kind: 'partner', a: 'mum', b: 'x', status: 'married' }),
    ).toEqual({ ok: true });
    expect(checkRelationship(people, recorded, { kind: 'carer', carer: 'x', child: 'yp' })).toEqual(
      { ok: true },
    );
  });

  it('refuses a person as their own partner', () => {
    expect(
      checkRelationship(people, recorded, {
        kind: 'partner',
        a: 'mum',
        b: 'mum',
        status: 'married',
      }),
    ).toEqual({
      ok: false,
      message: 'Kim cannot be their own partner. Choose someone else.',
    });
  });

  it('refuses someone as their own ancestor', () => {
    expect(checkRelationship(people, recorded, birth('yp', 'nan'))).toEqual({
      ok: false,
      message:
        "Jay cannot be Rose's parent, because Rose is already recorded as Jay's parent, grandparent or earlier ancestor. Nobody can be their own ancestor.",
    });
  });

  it('refuses a partner who is already an ancestor', () => {
    const check = checkRelationship(people, recorded, {
      kind: 'partner',
      a: 'yp',
      b: 'nan',
      status: 'married',
    });
    expect(check).toMatchObject({ ok: false });
    expect(check.ok || check.message).toContain('Rose is already recorded as Jay');
  });

  it('refuses a cycle that runs through a partner', () => {
    // Sam is Kim's partner; making Sam Rose's child would make Kim her own grandchild's partner.
    const withPartner = [
      ...recorded,
      { kind: 'partner', a: 'mum', b: 'x', status: 'married' } as const,
    ];
    const check = checkRelationship(people, withPartner, birth('mum', 'nan'));
    expect(check.ok).toBe(false);
    const throughPartner = checkRelationship(people, withPartner, birth('yp', 'x'));
    expect(throughPartner).toMatchObject({ ok: false });
    expect(throughPartner.ok || throughPartner.message).toMatch(/own ancestor/);
  });

  it('refuses a parent born after their child, a third birth parent and a repeat', () => {
    expect(checkRelationship(people, [], birth('yp', 'mum'))).toMatchObject({
      ok: false,
      message:
        "Jay cannot be Kim's parent: Jay was born in 2010, which is not before Kim (1975). Check the years of birth.",
    });
    const two = [birth('mum', 'yp'), birth('nan', 'yp')];
    expect(checkRelationship(people, two, birth('x', 'yp'))).toMatchObject({
      ok: false,
      message:
        'Jay already has two birth parents recorded. Check who they are before adding another.',
    });
    expect(checkRelationship(people, recorded, birth('mum', 'yp'))).toMatchObject({
      ok: false,
      message: 'This is already recorded for Kim and Jay.',
    });
  });
});
