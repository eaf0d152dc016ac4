import type { Role } from '../../domain/roles.ts';
import { formatDateTime } from '../../platform/date-format.ts';
import { COUNT_CAP } from '../../platform/pagination.ts';
import type { HomeFigures } from './home.service.ts';

type JourneyRow = NonNullable<HomeFigures['journeys']>[number];

export interface HomeSection {
  heading: string;
  /** What is there now, or, when nothing is, what will appear and what to do next. */
  text: string;
  links: Array<{ href: string; text: string }>;
  button?: { href: string; text: string };
  journeys?: JourneyRow[];
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The open journeys, counted with a cap: "3 journeys", "more than 1,000 journeys". */
function journeysCounted(figures: HomeFigures, one = 'journey', many = 'journeys'): string {
  const count = figures.openJourneys ?? 0;
  return count > COUNT_CAP ? `more than 1,000 ${many}` : plural(count, one, many);
}

function coordinator(figures: HomeFigures): HomeSection {
  const journeys = figures.journeys ?? [];
  return {
    heading: 'Your journeys',
    text: journeys.length
      ? `You are coordinating ${journeysCounted(figures)}. The most urgent are first.`
      : 'You have no journeys yet. When a team manager matches you to a referral, the young person’s journey will appear here with what is due next.',
    links: journeys.length ? [{ href: '/journeys', text: 'See all your journeys' }] : [],
    journeys,
  };
}

function teamManager(figures: HomeFigures): HomeSection {
  const waiting = figures.waitingReferrals ?? 0;
  const toMatch = figures.referralsToMatch ?? 0;
  const parts = [
    waiting ? `${capped(waiting, 'referral is', 'referrals are')} waiting for a decision` : '',
    toMatch
      ? `${capped(toMatch, 'accepted referral is', 'accepted referrals are')} waiting for a coordinator`
      : '',
  ].filter(Boolean);
  return {
    heading: 'Team inbox',
    text: parts.length
      ? `${parts.join('. ')}.`
      : 'No referrals are waiting. New Family Group Conference and Lifelong Links referrals will arrive here.',
    links: [
      { href: '/inbox', text: 'Go to the team inbox' },
      { href: '/journeys', text: 'See the team’s journeys' },
      { href: '/children/import', text: 'Import the looked-after children list' },
      { href: '/searches', text: 'See every online search the team has logged' },
    ],
  };
}

function referrer(figures: HomeFigures): HomeSection {
  const mine = figures.myReferrals ?? { drafts: 0, submitted: 0, declined: 0 };
  const parts = [
    mine.drafts ? `${plural(mine.drafts, 'draft', 'drafts')} to finish` : '',
    mine.submitted
      ? `${plural(mine.submitted, 'referral', 'referrals')} waiting for a decision`
      : '',
    mine.declined ? `${plural(mine.declined, 'referral', 'referrals')} declined` : '',
  ].filter(Boolean);
  return {
    heading: 'Your referrals',
    text: parts.length
      ? `You have ${parts.join(', ')}.`
      : 'You have not made any referrals yet. Referrals you make, and the journeys that follow them, will be listed here.',
    links: [{ href: '/referrals', text: 'See your referrals' }],
    button: { href: '/referrals/new', text: 'Start a new referral' },
  };
}

function iro(figures: HomeFigures): HomeSection {
  const journeys = figures.journeys ?? [];
  return {
    heading: 'Young people you are IRO for',
    text: journeys.length
      ? `You can see ${journeysCounted(figures)} of young people you are independent reviewing officer for.`
      : 'No journeys are linked to you yet. You will see the journeys and plans of young people you are independent reviewing officer for.',
    links: journeys.length ? [{ href: '/journeys', text: 'See their journeys' }] : [],
    journeys,
  };
}

function practiceManager(figures: HomeFigures): HomeSection {
  const open = journeysCounted(figures, 'journey is', 'journeys are');
  return {
    heading: 'The service',
    text: `${open.charAt(0).toUpperCase()}${open.slice(1)} open across the service.`,
    links: [
      { href: '/journeys', text: 'See every journey' },
      { href: '/deadlines', text: 'See what is due and overdue' },
    ],
  };
}

const ADMINISTRATION: HomeSection = {
  heading: 'Administration',
  text: 'Set up the people who use Kindred and the teams they work in.',
  links: [
    { href: '/admin/users', text: 'Manage users' },
    { href: '/admin/teams', text: 'Manage teams' },
    { href: '/admin/closure-days', text: 'Set the service’s closure days' },
    { href: '/admin/deadline-settings', text: 'Set the deadlines and reminders' },
  ],
};

/** The council's promise that every looked-after young person hears about Lifelong Links at 15. */
function oversight(manager: boolean): HomeSection {
  return {
    heading: 'Lifelong Links at 15',
    text: manager
      ? 'Check that every looked-after young person hears about Lifelong Links at 15, and that a referral is made or the reason recorded in supervision.'
      : 'The young people you work with who turn 15 this month, and those aged 15 or over without a Lifelong Links referral.',
    links: [
      { href: '/oversight/turning-15', text: 'Young people turning 15 this month' },
      { href: '/oversight/supervision', text: 'Young people aged 15 or over without a referral' },
      ...(manager
        ? [
            { href: '/oversight/unallocated', text: 'Young people with no IRO or social worker' },
            { href: '/oversight/pathway-plan', text: 'Pathway plan answers' },
          ]
        : []),
    ],
  };
}

/** The deadlines counted by the engine: "2 overdue and 3 due in the next 7 days". */
function due(figures: HomeFigures): HomeSection {
  const links = [{ href: '/deadlines', text: 'See what is due and overdue' }];
  const counts = figures.deadlines ?? { overdue: 0, dueWithinAWeek: 0, team: false };
  const whose = counts.team ? 'The team has' : 'You have';
  const parts = [
    counts.overdue ? `${plural(counts.overdue, 'deadline', 'deadlines')} overdue` : '',
    counts.dueWithinAWeek
      ? `${plural(counts.dueWithinAWeek, 'deadline', 'deadlines')} due in the next 7 days`
      : '',
  ].filter(Boolean);
  return {
    heading: 'Due and overdue',
    text: parts.length
      ? `${whose} ${parts.join(' and ')}.`
      : 'Nothing is overdue or due in the next 7 days. Deadlines are counted in working days: responses to referrals, consent to reconfirm and dates to look again.',
    links,
  };
}

const SECTIONS: Record<Role, (figures: HomeFigures) => HomeSection[]> = {
  coordinator: (figures) => [coordinator(figures), due(figures)],
  team_manager: (figures) => [teamManager(figures), due(figures), oversight(true)],
  social_worker: (figures) => [referrer(figures), oversight(false)],
  // IROs can make Lifelong Links referrals too.
  iro: (figures) => [iro(figures), referrer(figures), oversight(false)],
  practice_manager: (figures) => [practiceManager(figures), oversight(true)],
  administrator: () => [ADMINISTRATION],
};

/** One section per role the person holds, in the order DOMAIN.md lists the roles. */
export function homeSectionsFor(roles: readonly Role[], figures: HomeFigures = {}): HomeSection[] {
  const sections = (Object.keys(SECTIONS) as Role[])
    .filter((role) => roles.includes(role))
    .flatMap((role) => SECTIONS[role](figures));
  // Someone who is both social worker and IRO makes referrals once, not twice.
  return sections.filter(
    (section, index) => sections.findIndex((other) => other.heading === section.heading) === index,
  );
}

/** A count read with a cap (COUNT_CAP + 1 means "more than the cap"). */
function capped(count: number, one: string, many: string): string {
  return count > COUNT_CAP
    ? `More than 1,000 ${many.replace(/ (is|are)$/, '')} are`
    : plural(count, one, many);
}

/**
 * Safety concerns not yet acknowledged, for the banner at the top of the home page: a social
 * worker's own (sent to them), or every one for a team manager. References only: no names.
 */
export function waitingConcernItems(
  user: { id: string; roles: readonly Role[] },
  figures: HomeFigures,
) {
  const concerns = figures.safetyConcerns ?? [];
  if (concerns.length === 0) return null;
  const mine = !user.roles.includes('team_manager');
  return {
    heading: mine
      ? 'Safety concerns sent to you that you have not acknowledged'
      : 'Safety concerns not yet acknowledged by the social worker',
    items: concerns.map((concern) => ({
      href: `/journeys/${concern.journey_id}/safety-concerns/${concern.id}`,
      text: `Safety concern on ${concern.reference}, recorded ${formatDateTime(concern.raised_at)}`,
      unsent: concern.social_worker_id === null,
    })),
  };
}
