import { describe, expect, it } from 'vitest';
import {
  invitationRefusal,
  languagesFrom,
  offerable,
  type ReadinessFacts,
  readiness,
  startsInFuture,
} from './conference-rules.ts';
import type { MemberFacts, SafetyFacts } from './network-pipeline.ts';

const yes: MemberFacts = { status: 'agreed_to_engage', say: 'yes', offRamp: null, deceased: false };
const signedSafe: SafetyFacts = { outcome: 'safe', signedOff: true, overridden: false };
const signedNotSafe: SafetyFacts = { outcome: 'not_safe', signedOff: true, overridden: false };

describe('a conference’s date', () => {
  const now = new Date('2026-05-10T09:00:00Z');
  it('refuses a conference in the past', () => {
    expect(startsInFuture(new Date('2026-05-10T08:59:00Z'), now)).toEqual({
      ok: false,
      reason: 'The conference must be in the future',
    });
  });
  it('accepts one later today', () => {
    expect(startsInFuture(new Date('2026-05-10T13:00:00Z'), now)).toEqual({ ok: true });
  });
});

describe('who may be offered and invited', () => {
  it('offers a person the young person said yes to', () => {
    expect(offerable(yes, signedSafe)).toBe(true);
  });
  it('never offers a “no”, a “not now” or a “not safe” person', () => {
    expect(offerable({ ...yes, say: 'no', offRamp: 'young_person_said_no' }, null)).toBe(false);
    expect(offerable({ ...yes, say: 'not_now' }, null)).toBe(false);
    expect(offerable(yes, signedNotSafe)).toBe(false);
    expect(offerable({ ...yes, offRamp: 'not_safe' }, null)).toBe(false);
  });
  it('refuses inviting a “no” or a “not safe” person with a clear reason', () => {
    expect(invitationRefusal({ ...yes, say: 'no', offRamp: 'young_person_said_no' }, null)).toBe(
      'The young person said no to this person, so they cannot be invited',
    );
    expect(invitationRefusal(yes, signedNotSafe)).toMatch(/not safe to invite/);
    expect(invitationRefusal(yes, signedSafe)).toBeNull();
  });
  it('does not treat an unsigned “not safe” proposal as final', () => {
    expect(invitationRefusal(yes, { ...signedNotSafe, signedOff: false })).toBeNull();
  });
});

describe('languages', () => {
  it('reads a typed list without repeats', () => {
    expect(languagesFrom(' Polish, tigrinya;Polish\nTigrinya ')).toEqual(['Polish', 'tigrinya']);
    expect(languagesFrom('  ')).toEqual([]);
  });
});

describe('the readiness list', () => {
  const ready: ReadinessFacts = {
    youngPersonPrepared: true,
    networkPrepared: true,
    professionalsPrepared: true,
    language: 'Polish',
    interpreterLanguages: ['polish'],
    advocate: 'Ade from the advocacy service',
    venueChosen: true,
    food: 'Sandwiches and fruit',
    invitations: { total: 3, toSend: 0 },
    informationSharedOn: '2026-05-01',
  };
  const outstanding = (facts: ReadinessFacts) =>
    readiness(facts)
      .filter((item) => !item.done)
      .map((item) => item.key);

  it('is all done when everything is in place', () => {
    expect(outstanding(ready)).toEqual([]);
  });
  it('says what is outstanding', () => {
    expect(
      outstanding({
        ...ready,
        youngPersonPrepared: false,
        interpreterLanguages: [],
        food: ' ',
        invitations: { total: 3, toSend: 1 },
        informationSharedOn: null,
      }),
    ).toEqual([
      'young-person',
      'interpreter-advocate',
      'venue-food',
      'invitations',
      'written-information',
    ]);
  });
  it('needs no interpreter for a meeting in English, but always an advocate', () => {
    expect(outstanding({ ...ready, language: 'English', interpreterLanguages: [] })).toEqual([]);
    expect(outstanding({ ...ready, advocate: null })).toEqual(['interpreter-advocate']);
  });
  it('is not ready with no invitations at all', () => {
    expect(outstanding({ ...ready, invitations: { total: 0, toSend: 0 } })).toEqual([
      'invitations',
    ]);
  });
});
