import { describe, expect, it } from 'vitest';
import { decideContact } from './network-contact.ts';
import type { MemberFacts, SafetyFacts } from './network-pipeline.ts';

const located: MemberFacts = { status: 'located', say: 'yes', offRamp: null, deceased: false };
const signedOff: SafetyFacts = { outcome: 'safe', signedOff: true, overridden: false };
const open = { journeyStatus: 'active' as const, consentToContact: true };

describe('decideContact', () => {
  it('refuses a contact before the safety check is signed off', () => {
    const unsigned: SafetyFacts = { outcome: 'safe', signedOff: false, overridden: false };
    const result = decideContact(located, unsigned, open);
    expect(result.verdict).toEqual({
      ok: false,
      reason: expect.stringContaining('signed off') as unknown as string,
    });
    expect(result.firstContact).toBe(false);
  });

  it('lets a team manager’s override stand in for the sign-off; the first contact moves them on', () => {
    const overridden: SafetyFacts = { outcome: null, signedOff: false, overridden: true };
    expect(decideContact(located, overridden, open)).toEqual({
      verdict: { ok: true },
      firstContact: true,
    });
  });

  it('a later contact does not move the member again', () => {
    const contacted: MemberFacts = { ...located, status: 'agreed_to_engage' };
    expect(decideContact(contacted, signedOff, open).firstContact).toBe(false);
  });

  it('refuses after the young person’s no, and when their consent is withdrawn', () => {
    expect(decideContact({ ...located, say: 'no' }, signedOff, open).verdict.ok).toBe(false);
    const withdrawn = { journeyStatus: 'active' as const, consentToContact: false };
    expect(decideContact(located, signedOff, withdrawn).verdict).toEqual({
      ok: false,
      reason: 'The young person’s consent does not cover contacting people.',
    });
  });
});
