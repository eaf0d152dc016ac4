import { can } from './access-policy.ts';
import type { SignedInUser } from './session.ts';

export interface NavigationItem {
  href: string;
  text: string;
  active: boolean;
}

/** The service navigation: only the places this person may go. */
export function navigationFor(user: SignedInUser | null, currentUrl: string): NavigationItem[] {
  if (!user) return [];
  const path = currentUrl.split('?')[0] ?? '/';
  const items: Array<{ href: string; text: string; show: boolean }> = [
    { href: '/', text: 'Home', show: true },
    { href: '/journeys', text: 'Journeys', show: can(user.roles, 'cases:read') },
    { href: '/inbox', text: 'Team inbox', show: can(user.roles, 'referrals:triage') },
    { href: '/referrals', text: 'Referrals', show: can(user.roles, 'referrals:make') },
    {
      href: '/children',
      text: 'Children and young people',
      show: can(user.roles, 'children:search'),
    },
    { href: '/admin/users', text: 'Users', show: can(user.roles, 'users:manage') },
    { href: '/admin/teams', text: 'Teams', show: can(user.roles, 'teams:manage') },
    { href: '/admin/email', text: 'Email', show: can(user.roles, 'service:monitor') },
    { href: '/admin/jobs', text: 'Jobs', show: can(user.roles, 'service:monitor') },
  ];
  return items
    .filter((item) => item.show)
    .map(({ href, text }) => ({
      href,
      text,
      active: href === '/' ? path === '/' : path === href || path.startsWith(`${href}/`),
    }));
}
