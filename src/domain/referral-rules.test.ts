import { describe, expect, it } from 'vitest';
import {
  type AboutTheReferral,
  aboutProblems,
  canAddChild,
  childrenProblem,
  daysWaiting,
  lifelongLinksConcerns,
  placementGroup,
  type ReferralFacts,
  referrerRoleAllowed,
  sectionStatuses,
  submissionProblems,
  suggestedReferrerRole,
} from './referral-rules.ts';

const EMPTY: AboutTheReferral = {
  reason: null,
  hopes: null,
  bottomLines: null,
  knownRisks: null,
  placementTimeline: null,
  chronology: null,
  language: null,
  interpreterNeeded: null,
  advocateNeeded: null,
  supportNeeds: null,
};

const ANSWERED: AboutTheReferral = {
  ...EMPTY,
  reason: 'Lost touch with family',
  hopes: 'A network for life',
  knownRisks: 'None known',
  placementTimeline: 'Foster care since 2022',
  language: 'English',
  interpreterNeeded: false,
  advocateNeeded: true,
};

function facts(overrides: Partial<ReferralFacts> = {}): ReferralFacts {
  return {
    kind: 'lifelong_links',
    referrerRole: 'social_worker',
    childCount: 1,
    about: ANSWERED,
    consentCount: 2,
    missingConsents: [],
    preProceedingsRecorded: false,
    ...overrides,
  };
}

describe('who a referral comes from', () => {
  it('takes FGC referrals from social workers and Early Help, Lifelong Links from the child’s professionals and carer', () => {
    expect(referrerRoleAllowed('fgc', 'early_help')).toBe(true);
    expect(referrerRoleAllowed('fgc', 'carer')).toBe(false);
    expect(referrerRoleAllowed('lifelong_links', 'personal_adviser')).toBe(true);
    expect(referrerRoleAllowed('lifelong_links', 'early_help')).toBe(false);
    expect(suggestedReferrerRole('lifelong_links', ['iro'])).toBe('iro');
    expect(suggestedReferrerRole('fgc', ['iro'])).toBeNull();
    expect(suggestedReferrerRole('fgc', ['social_worker'])).toBe('social_worker');
  });
});

describe('the children of a referral', () => {
  it('takes one young person for Lifelong Links and siblings for an FGC', () => {
    expect(childrenProblem('fgc', 0)).toMatch(/Add the child/);
    expect(childrenProblem('fgc', 3)).toBeNull();
    expect(childrenProblem('lifelong_links', 2)).toMatch(/one young person/);
    expect(canAddChild('lifelong_links', 1)).toBe(false);
    expect(canAddChild('fgc', 1)).toBe(true);
  });

  it('warns when a Lifelong Links child is not looked after or not in foster or residential care', () => {
    expect(
      lifelongLinksConcerns({ name: 'Ava', lookedAfter: false, placementType: null })[0],
    ).toMatch(/Ava is not recorded as looked after/);
    expect(
      lifelongLinksConcerns({ name: 'Ava', lookedAfter: true, placementType: 'P1' })[0],
    ).toMatch(/not recorded as foster or residential/);
    expect(lifelongLinksConcerns({ name: 'Ava', lookedAfter: true, placementType: 'U3' })).toEqual(
      [],
    );
    expect(lifelongLinksConcerns({ name: 'Ava', lookedAfter: true, placementType: null })).toEqual(
      [],
    );
    expect(placementGroup('K2')).toBe('residential');
  });
});

describe('about the referral', () => {
  it('needs the bottom lines only for an FGC and the placement timeline only for Lifelong Links', () => {
    expect(aboutProblems('lifelong_links', ANSWERED)).toEqual([]);
    expect(aboutProblems('fgc', ANSWERED)).toEqual([
      {
        section: 'about/reason',
        text: 'Give the bottom lines: what must happen for the child to be safe',
      },
    ]);
    expect(
      aboutProblems('fgc', { ...ANSWERED, bottomLines: 'Safe', placementTimeline: null }),
    ).toEqual([]);
    expect(aboutProblems('lifelong_links', { ...ANSWERED, placementTimeline: ' ' })).toEqual([
      { section: 'about/risks', text: 'Give the placement timeline' },
    ]);
  });
});

describe('the task list and submitting', () => {
  it('shows each section not started, in progress or completed', () => {
    const fresh = sectionStatuses(facts({ childCount: 0, about: EMPTY, consentCount: 0 }));
    expect(fresh).toEqual({
      children: 'not-started',
      about: 'not-started',
      consent: 'not-started',
      preProceedings: null,
      check: 'cannot-start',
    });
    const partway = sectionStatuses(
      facts({
        about: { ...EMPTY, reason: 'Something' },
        consentCount: 1,
        missingConsents: ['Ava’s own agreement'],
      }),
    );
    expect(partway.about).toBe('in-progress');
    expect(partway.consent).toBe('in-progress');
    expect(partway.children).toBe('completed');
    expect(sectionStatuses(facts()).check).toBe('not-started');
    expect(sectionStatuses(facts({ kind: 'fgc' })).preProceedings).toBe('optional');
    expect(
      sectionStatuses(facts({ kind: 'fgc', preProceedingsRecorded: true })).preProceedings,
    ).toBe('completed');
  });

  it('lists what is missing before it may be submitted', () => {
    expect(submissionProblems(facts())).toEqual([]);
    expect(
      submissionProblems(
        facts({
          referrerRole: 'carer',
          kind: 'fgc',
          childCount: 0,
          missingConsents: ['Ava’s own agreement'],
        }),
      ),
    ).toEqual([
      { section: 'referrer', text: 'Say who the referral is from' },
      { section: 'children', text: 'Add the child or young person the referral is about' },
      {
        section: 'about/reason',
        text: 'Give the bottom lines: what must happen for the child to be safe',
      },
      { section: 'consent', text: 'Record Ava’s own agreement' },
    ]);
  });

  it('counts whole days waiting', () => {
    expect(daysWaiting('2026-03-01', '2026-03-01')).toBe(0);
    expect(daysWaiting('2026-03-28', '2026-04-02')).toBe(5);
    expect(daysWaiting('2026-04-02', '2026-03-28')).toBe(0);
  });
});
