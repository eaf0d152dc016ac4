import { describe, expect, it } from 'vitest';
import {
  copyDatesRefusal,
  distributionDueOn,
  distributionState,
  planDistributedOn,
  reviewInvitationRefusal,
  reviewOfferRefusal,
} from './plan-handover.ts';

const NOTHING_SENT = { youngPersonSent: false, unsent: 0, lastSentOn: null };

describe('sending the plan out within 5 working days', () => {
  it('counts across Christmas, the Boxing Day substitute and the weekend', () => {
    // Made on Tuesday 22 December 2026: 23, 24, (25 Christmas, 26–27 weekend, 28 Boxing Day
    // substitute) 29, 30, 31.
    expect(distributionDueOn('2026-12-22')).toBe('2026-12-31');
    expect(distributionState('2026-12-22', NOTHING_SENT, '2026-12-30').state).toBe('due');
    expect(distributionState('2026-12-22', NOTHING_SENT, '2026-12-31').state).toBe('due');
    expect(distributionState('2026-12-22', NOTHING_SENT, '2027-01-01')).toEqual({
      state: 'overdue',
      dueOn: '2026-12-31',
    });
  });

  it('moves the date on past the organisation’s closure days', () => {
    expect(distributionDueOn('2026-12-22', ['2026-12-29', '2026-12-30'])).toBe('2027-01-05');
  });

  it('is sent once the young person has their copy and every copy listed went', () => {
    expect(planDistributedOn({ youngPersonSent: false, unsent: 0, lastSentOn: '2026-12-23' })).toBe(
      null,
    );
    expect(planDistributedOn({ youngPersonSent: true, unsent: 1, lastSentOn: '2026-12-23' })).toBe(
      null,
    );
    const sent = { youngPersonSent: true, unsent: 0, lastSentOn: '2026-12-31' };
    expect(distributionState('2026-12-22', sent, '2027-01-10')).toEqual({
      state: 'on_time',
      dueOn: '2026-12-31',
      sentOn: '2026-12-31',
    });
    const late = { ...sent, lastSentOn: '2027-01-04' };
    expect(distributionState('2026-12-22', late, '2027-01-10').state).toBe('late');
  });

  it('refuses a copy dated before the plan was made, or acknowledged before it was sent', () => {
    expect(copyDatesRefusal('2026-12-22', '2027-01-10', '2026-12-21', null)?.field).toBe('sentOn');
    expect(copyDatesRefusal('2026-12-22', '2027-01-10', '2026-12-22', null)).toBeNull();
    expect(copyDatesRefusal('2026-12-22', '2027-01-10', '2026-12-23', '2026-12-22')?.field).toBe(
      'acknowledgedOn',
    );
    expect(copyDatesRefusal('2026-12-22', '2027-01-10', null, '2026-12-23')?.field).toBe('sentOn');
    expect(copyDatesRefusal('2026-12-22', '2027-01-10', '2027-01-11', null)?.field).toBe('sentOn');
  });
});

describe('reviews', () => {
  it('refuses a review offered before there is a plan, or dated before it was made', () => {
    expect(reviewOfferRefusal(0, '2026-12-22', '2026-12-23', '2027-01-10').ok).toBe(false);
    expect(reviewOfferRefusal(1, '2026-12-22', '2026-12-21', '2027-01-10').ok).toBe(false);
    expect(reviewOfferRefusal(1, '2026-12-22', '2026-12-23', '2027-01-10').ok).toBe(true);
  });

  it('invites someone to reviews only when the young person agreed', () => {
    expect(reviewInvitationRefusal(false, '2026-12-23').ok).toBe(false);
    expect(reviewInvitationRefusal(false, null).ok).toBe(true);
    expect(reviewInvitationRefusal(true, '2026-12-23').ok).toBe(true);
  });
});
