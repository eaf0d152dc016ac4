import {
  type Browsing,
  below,
  openRecord,
  type RoutePage,
  recordPattern,
  thenPress,
} from '../browsing.ts';

// The demo organisation's referrals (src/db/seed/demo-cases.ts), all made by its social worker.
// The team manager's inbox and decisions on them are in inbox.ts.
/** Zofia's Lifelong Links referral: still a draft. */
const openDraft = openRecord('/referrals', 'LL-2026-0003', '/referrals');
/** Ava's Lifelong Links referral: submitted, waiting in the team inbox. */
const openSubmitted = openRecord('/referrals', 'LL-2026-0001', '/referrals');
/** Maisie and Leo's Family Group Conference referral: submitted, waiting in the team inbox. */
const openFgc = openRecord('/referrals', 'FGC-2026-0001', '/referrals');
/** Jay's Lifelong Links referral: accepted, with a journey. */
const openAccepted = openRecord('/referrals', 'LL-2026-0002', '/referrals');

/** A new Lifelong Links draft, straight to its young person page with nobody added. */
async function newDraftChildren(browsing: Browsing) {
  await browsing.goto('/referrals/new');
  await browsing.getByLabel('Lifelong Links', { exact: true }).click();
  await browsing.getByRole('button', { name: 'Continue', exact: true }).click();
  await browsing.waitForURL(/\/referrals\/new\/referrer/);
  await browsing.getByRole('button', { name: 'Continue', exact: true }).click();
  await browsing.waitForURL(recordPattern('/referrals'));
  await browsing.goto(`${new URL(browsing.url()).pathname}/children`);
}

/** Making a referral: the social worker's (and an IRO's) pages. Nothing here changes a referral. */
export const REFERRAL_PAGES: RoutePage[] = [
  {
    route: '/referrals',
    state: 'the social worker’s referrals',
    as: 'social_worker',
    heading: 'Your referrals',
    reach: '/referrals',
  },
  {
    route: '/referrals',
    state: 'none made yet (IRO)',
    as: 'iro',
    heading: 'Your referrals',
    reach: '/referrals',
  },
  {
    route: '/referrals/new',
    state: 'choosing the kind',
    as: 'social_worker',
    heading: 'What kind of referral are you making?',
    reach: '/referrals/new',
  },
  {
    route: '/referrals/new',
    state: 'submitted empty',
    errorSummary: true,
    as: 'social_worker',
    heading: 'What kind of referral are you making?',
    reach: thenPress('/referrals/new', 'Continue'),
  },
  {
    route: '/referrals/new/referrer',
    state: 'who it is from',
    as: 'social_worker',
    heading: 'Who is the referral from?',
    reach: async (browsing) => {
      await browsing.goto('/referrals/new');
      await browsing.getByLabel('Lifelong Links', { exact: true }).click();
      await browsing.getByRole('button', { name: 'Continue', exact: true }).click();
      await browsing.waitForURL(/\/referrals\/new\/referrer/);
    },
  },
  {
    route: '/referrals/new/referrer',
    state: 'a personal adviser chosen, with no name',
    errorSummary: true,
    as: 'social_worker',
    heading: 'Who is the referral from?',
    reach: async (browsing) => {
      await browsing.goto('/referrals/new');
      await browsing.getByLabel('Lifelong Links', { exact: true }).click();
      await browsing.getByRole('button', { name: 'Continue', exact: true }).click();
      await browsing.waitForURL(/\/referrals\/new\/referrer/);
      await browsing.getByLabel('Personal adviser', { exact: true }).click();
      await browsing.getByRole('button', { name: 'Continue', exact: true }).click();
    },
  },
  {
    route: '/referrals/:referralId/children',
    state: 'Continue with nobody added',
    errorSummary: true,
    as: 'social_worker',
    heading: 'The young person',
    reach: thenPress(newDraftChildren, 'Continue'),
  },
  {
    route: '/referrals/:referralId',
    state: 'a draft’s task list',
    as: 'social_worker',
    heading: /referral$/,
    reach: openDraft,
  },
  {
    route: '/referrals/:referralId',
    state: 'a submitted referral, for its referrer',
    as: 'social_worker',
    heading: /referral$/,
    reach: openSubmitted,
  },
  {
    route: '/referrals/:referralId',
    state: 'an accepted referral with its journey',
    as: 'social_worker',
    heading: /referral$/,
    reach: openAccepted,
  },
  {
    route: '/referrals/:referralId/referrer',
    state: 'a draft',
    as: 'social_worker',
    heading: 'Who is the referral from?',
    reach: below(openDraft, 'referrer'),
  },
  {
    route: '/referrals/:referralId/children',
    state: 'a draft',
    as: 'social_worker',
    heading: /^The (young person|children)$/,
    reach: below(openDraft, 'children'),
  },
  {
    route: '/referrals/:referralId/children/new',
    state: 'a draft',
    as: 'social_worker',
    heading: 'Add a child or young person to the register',
    reach: below(openDraft, 'children/new'),
  },
  {
    route: '/referrals/:referralId/children/new',
    state: 'submitted empty',
    errorSummary: true,
    as: 'social_worker',
    heading: 'Add a child or young person to the register',
    reach: thenPress(below(openDraft, 'children/new'), 'Add to the register and to this referral'),
  },
  ...(
    [
      ['reason', 'Why you are making this referral'],
      ['risks', 'Risks, placement and chronology'],
      ['support', 'Language and support needs'],
    ] as const
  ).map(
    ([page, heading]): RoutePage => ({
      route: '/referrals/:referralId/about/:page',
      state: `a draft: ${page}`,
      as: 'social_worker',
      heading,
      reach: below(openDraft, `about/${page}`),
    }),
  ),
  {
    route: '/referrals/:referralId/consent',
    state: 'a draft',
    as: 'social_worker',
    heading: 'Consent',
    reach: below(openDraft, 'consent'),
  },
  {
    route: '/referrals/:referralId/consent/young-person',
    state: 'a draft',
    as: 'social_worker',
    heading: 'The young person’s agreement',
    reach: below(openDraft, 'consent/young-person'),
  },
  {
    route: '/referrals/:referralId/consent/young-person',
    state: 'submitted empty',
    errorSummary: true,
    as: 'social_worker',
    heading: 'The young person’s agreement',
    reach: thenPress(below(openDraft, 'consent/young-person'), 'Save consent'),
  },
  {
    route: '/referrals/:referralId/consent/parental-responsibility',
    state: 'a draft',
    as: 'social_worker',
    heading: 'Consent from someone with parental responsibility',
    reach: below(openDraft, 'consent/parental-responsibility'),
  },
  {
    route: '/referrals/:referralId/pre-proceedings',
    state: 'a submitted FGC referral',
    as: 'social_worker',
    heading: 'Offer of a family group decision-making meeting before proceedings',
    reach: below(openFgc, 'pre-proceedings'),
  },
  {
    route: '/referrals/:referralId/check',
    state: 'a draft with answers missing',
    as: 'social_worker',
    heading: 'Check your answers before submitting the referral',
    reach: below(openDraft, 'check'),
  },
  {
    route: '/referrals/:referralId/submitted',
    state: 'after submitting',
    as: 'social_worker',
    heading: 'Referral submitted',
    reach: below(openSubmitted, 'submitted'),
  },
];
