import type { Role } from '../../domain/roles.ts';

export interface HomeSection {
  heading: string;
  /** What the person sees while there is nothing here yet, and what happens next. */
  empty: string;
  links: Array<{ href: string; text: string }>;
}

const SECTIONS: Record<Role, HomeSection> = {
  coordinator: {
    heading: 'Your journeys',
    empty:
      'You have no journeys yet. When a team manager matches you to a referral, the young person’s journey will appear here with what is due next.',
    links: [],
  },
  team_manager: {
    heading: 'Team inbox',
    empty:
      'No referrals are waiting. New Family Group Conference and Lifelong Links referrals will arrive here for you to accept or decline and match to a coordinator.',
    links: [],
  },
  social_worker: {
    heading: 'Your referrals',
    empty:
      'You have not made any referrals yet. Referrals you make, and the journeys that follow them, will be listed here.',
    links: [],
  },
  iro: {
    heading: 'Young people you are IRO for',
    empty:
      'No journeys are linked to you yet. You will see the plans of young people you are independent reviewing officer for, and the monthly list of those turning 15.',
    links: [],
  },
  practice_manager: {
    heading: 'Turning 15 without a referral',
    empty:
      'Nobody is on this list yet. Each month it will show looked-after young people turning 15 who have not been referred to Lifelong Links, and any reason recorded in supervision.',
    links: [],
  },
  administrator: {
    heading: 'Administration',
    empty: 'Set up the people who use Kindred and the teams they work in.',
    links: [
      { href: '/admin/users', text: 'Manage users' },
      { href: '/admin/teams', text: 'Manage teams' },
    ],
  },
};

/** One section per role the person holds, in the order DOMAIN.md lists the roles. */
export function homeSectionsFor(roles: readonly Role[]): HomeSection[] {
  return (Object.keys(SECTIONS) as Role[])
    .filter((role) => roles.includes(role))
    .map((role) => SECTIONS[role]);
}
