import { describe, expect, it } from 'vitest';
import {
  afterSay,
  canOffRamp,
  canRecordAgreed,
  canRecordContacted,
  canRecordLocated,
  combineMembers,
  contactability,
  invitable,
  type MemberFacts,
  type SafetyFacts,
} from './network-pipeline.ts';

const member = (overrides: Partial<MemberFacts> = {}): MemberFacts => ({
  status: 'identified',
  say: 'yes',
  offRamp: null,
  deceased: false,
  ...overrides,
});
const signedOff: SafetyFacts = { outcome: 'safe', signedOff: true, overridden: false };
const awaiting: SafetyFacts = { outcome: 'safe', signedOff: false, overridden: false };
const active = { journeyStatus: 'active', consentToContact: true } as const;

describe('the network pipeline', () => {
  it('locates a person only once the young person has said yes', () => {
    expect(canRecordLocated(member())).toEqual({ ok: true });
    expect(canRecordLocated(member({ say: 'not_asked' }))).toMatchObject({ ok: false });
    expect(canRecordLocated(member({ say: 'not_now' }))).toMatchObject({
      ok: false,
      reason: 'The young person said not now. Ask them again before any contact.',
    });
  });

  it('refuses "contacted" before the safety check is signed off', () => {
    expect(canRecordContacted(member({ status: 'located' }), null)).toEqual({
      ok: false,
      reason:
        'The safety check must be signed off by the team manager or the social worker before the first contact.',
    });
    expect(canRecordContacted(member({ status: 'located' }), awaiting)).toMatchObject({
      ok: false,
    });
    expect(canRecordContacted(member({ status: 'safety_checked' }), signedOff)).toEqual({
      ok: true,
    });
  });

  it('lets a team manager’s override stand in for the sign-off', () => {
    const overridden: SafetyFacts = { outcome: null, signedOff: false, overridden: true };
    expect(canRecordContacted(member({ status: 'located' }), overridden)).toEqual({ ok: true });
  });

  it('never contacts someone found not safe, even with the check signed off', () => {
    const notSafe: SafetyFacts = { outcome: 'not_safe', signedOff: true, overridden: false };
    expect(canRecordContacted(member({ status: 'located' }), notSafe)).toMatchObject({ ok: false });
  });

  it('stops all contact after the young person’s "no"', () => {
    const no = member({ status: 'safety_checked', say: 'no', offRamp: 'young_person_said_no' });
    expect(canRecordContacted(no, signedOff)).toMatchObject({ ok: false });
    expect(contactability(no, signedOff, active)).toMatchObject({ ok: false });
    expect(invitable(no)).toBe(false);
    expect(afterSay(member(), 'no')).toEqual({ offRamp: 'young_person_said_no', reopened: false });
  });

  it('reopens a person when the young person changes their "no" to yes', () => {
    const no = member({ say: 'no', offRamp: 'young_person_said_no' });
    expect(afterSay(no, 'yes')).toEqual({ offRamp: null, reopened: true });
    expect(afterSay(member({ offRamp: 'declined' }), 'yes')).toEqual({
      offRamp: 'declined',
      reopened: false,
    });
  });

  it('contacts no one while the journey is paused or the young person’s consent does not cover it', () => {
    const ready = member({ status: 'safety_checked' });
    expect(contactability(ready, signedOff, active)).toEqual({ ok: true });
    expect(contactability(ready, signedOff, { ...active, journeyStatus: 'paused' })).toEqual({
      ok: false,
      reason: 'The journey is paused.',
    });
    expect(contactability(ready, signedOff, { ...active, consentToContact: false })).toMatchObject({
      ok: false,
    });
  });

  it('records agreement only after the first contact', () => {
    expect(canRecordAgreed(member({ status: 'safety_checked' }))).toMatchObject({ ok: false });
    expect(canRecordAgreed(member({ status: 'contacted' }))).toEqual({ ok: true });
  });

  it('closes with a reason once, and leaves "the young person said no" to the young person', () => {
    expect(canOffRamp(member(), 'not_found')).toEqual({ ok: true });
    expect(canOffRamp(member({ offRamp: 'deceased' }), 'not_found')).toMatchObject({ ok: false });
    expect(canOffRamp(member(), 'young_person_said_no')).toMatchObject({ ok: false });
  });

  it('keeps a "no" and the further status when two member rows are combined', () => {
    expect(combineMembers(member({ status: 'contacted' }), member({ say: 'no' }))).toMatchObject({
      say: 'no',
      offRamp: 'young_person_said_no',
    });
    expect(
      combineMembers(member({ say: 'not_asked' }), member({ status: 'located', say: 'yes' })),
    ).toMatchObject({ status: 'located', say: 'yes' });
  });
});
