import { describe, expect, it } from 'vitest';
import { decideShare, namedPeople, type ShareConsent } from './information-sharing.ts';

const youngPerson: ShareConsent = {
  giver: 'young_person',
  giverName: null,
  share: true,
  shareLocation: false,
  shareOnlyWith: null,
  withdrawn: false,
};
const parent: ShareConsent = {
  ...youngPerson,
  giver: 'parental_responsibility',
  giverName: 'Robin Rivers',
};
const aboutThem = { sharedWith: 'Jo Smith', items: ['how_they_are'] as const };

describe('sharing information with the network', () => {
  it('is allowed when the young person and everyone else who consented agreed to share', () => {
    expect(decideShare([youngPerson, parent], aboutThem)).toEqual({ allowed: true });
  });

  it('is refused without the young person’s agreement to share, saying why', () => {
    const decision = decideShare([{ ...youngPerson, share: false }, parent], aboutThem);
    expect(decision).toEqual({
      allowed: false,
      field: 'sharedWith',
      reason:
        'Nothing can be shared: the young person has not agreed to information about them being shared with their network.',
    });
    expect(decideShare([], aboutThem).allowed).toBe(false);
  });

  it('is refused when a consent is withdrawn, or the parent did not agree to share', () => {
    expect(decideShare([youngPerson, { ...parent, withdrawn: true }], aboutThem)).toMatchObject({
      allowed: false,
      reason: 'Nothing can be shared: Robin Rivers has withdrawn their consent.',
    });
    expect(decideShare([youngPerson, { ...parent, share: false }], aboutThem)).toMatchObject({
      allowed: false,
      reason:
        'Nothing can be shared: Robin Rivers has not agreed to information being shared with the network.',
    });
  });

  it('goes only to the people a consent names, whatever their spacing or capitals', () => {
    const narrowed = { ...youngPerson, shareOnlyWith: 'Aunt Jo Smith;  gran\nMaya Clarke' };
    expect(namedPeople(narrowed.shareOnlyWith)).toEqual(['Aunt Jo Smith', 'gran', 'Maya Clarke']);
    expect(decideShare([narrowed], { ...aboutThem, sharedWith: ' maya  CLARKE ' })).toEqual({
      allowed: true,
    });
    expect(decideShare([narrowed], aboutThem)).toEqual({
      allowed: false,
      field: 'sharedWith',
      reason:
        'This share is outside consent: the young person agreed to share only with Aunt Jo Smith, gran, Maya Clarke. Jo Smith is not one of them.',
    });
  });

  it('never shares where the young person lives unless every consent says so', () => {
    const where = { sharedWith: 'Jo Smith', items: ['where_they_live'] as const };
    expect(decideShare([youngPerson], where)).toEqual({
      allowed: false,
      field: 'what',
      reason:
        'Where the young person lives cannot be shared: the young person has not agreed to it.',
    });
    expect(decideShare([{ ...youngPerson, shareLocation: true }], where)).toEqual({
      allowed: true,
    });
    expect(decideShare([{ ...youngPerson, shareLocation: true }, parent], where).allowed).toBe(
      false,
    );
  });
});
