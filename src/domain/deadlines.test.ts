import { describe, expect, it } from 'vitest';
import { type Calendar, deadlineState, deadlinesFor, reminderDue } from './deadlines.ts';

const calendar: Calendar = { closureDays: [], referralResponseWorkingDays: 5 };

describe('deadlinesFor', () => {
  it('gives the team 5 working days to respond to a referral, across Christmas', () => {
    expect(deadlinesFor({ referralSubmittedOn: '2026-12-22' }, calendar)).toEqual([
      { kind: 'referral_response', dueOn: '2026-12-31' },
    ]);
    expect(
      deadlinesFor({ referralSubmittedOn: '2026-12-22', referralDecided: true }, calendar),
    ).toEqual([]);
  });

  it('follows the organisation’s own response time and closure days', () => {
    const own = { closureDays: ['2026-12-29'], referralResponseWorkingDays: 3 };
    expect(deadlinesFor({ referralSubmittedOn: '2026-12-22' }, own)[0]?.dueOn).toBe('2026-12-30');
  });

  it('sends the plan out 5 working days after the conference, and not once sent', () => {
    const facts = { journeyStatus: 'active' as const, conferenceHeldOn: '2027-03-24' };
    // Thu 25, (Fri 26 Good Friday), (weekend), (Mon 29 Easter Monday), Tue 30, Wed 31, Thu 1, Fri 2.
    expect(deadlinesFor(facts, calendar)).toEqual([
      { kind: 'plan_distribution', dueOn: '2027-04-02' },
    ]);
    expect(deadlinesFor({ ...facts, planDistributedOn: '2027-03-30' }, calendar)).toEqual([]);
  });

  it('lists consent, a delayed agreement’s promised date and the review, earliest first', () => {
    const found = deadlinesFor(
      {
        journeyStatus: 'active',
        consentReconfirmationDue: '2027-02-01',
        planAgreementPromisedOn: '2027-01-15',
        reviewConferenceOn: '2027-06-01',
      },
      calendar,
    );
    expect(found.map((d) => d.kind)).toEqual([
      'plan_agreement_promised',
      'consent_reconfirmation',
      'review_conference',
    ]);
    expect(
      deadlinesFor(
        {
          journeyStatus: 'active',
          planAgreementPromisedOn: '2027-01-15',
          planAgreementDecided: true,
          reviewConferenceOn: '2027-06-01',
          reviewConferenceHeld: true,
        },
        calendar,
      ),
    ).toEqual([]);
  });

  it('gives paused and ended journeys no deadline', () => {
    for (const journeyStatus of ['paused', 'ended'] as const) {
      expect(
        deadlinesFor(
          { journeyStatus, consentReconfirmationDue: '2027-02-01', conferenceHeldOn: '2027-01-04' },
          calendar,
        ),
      ).toEqual([]);
    }
  });
});

describe('reminders', () => {
  it('reminds from 2 working days before, on the day, and once the day is missed', () => {
    // Due Tuesday 29 December 2026: 2 working days before is Wednesday 23 (24 and then 29).
    expect(reminderDue('2026-12-29', '2026-12-22', 2)).toBeNull();
    expect(reminderDue('2026-12-29', '2026-12-24', 2)).toBe('before');
    expect(deadlineState('2026-12-29', '2026-12-29', 2)).toBe('due_today');
    expect(reminderDue('2026-12-29', '2026-12-29', 2)).toBe('before');
    expect(reminderDue('2026-12-29', '2026-12-30', 2)).toBe('missed');
    expect(deadlineState('2026-12-29', '2027-01-04', 2)).toBe('overdue');
  });
});
