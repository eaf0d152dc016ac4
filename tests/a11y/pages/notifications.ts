import type { RoutePage } from '../browsing.ts';

/** The notification centre and email choices, and the administrator's email and jobs pages. */
export const NOTIFICATION_PAGES: RoutePage[] = [
  {
    route: '/notifications',
    state: 'the list, with unread notices (the demo coordinator’s)',
    as: 'coordinator',
    heading: 'Notifications',
    reach: '/notifications',
  },
  {
    route: '/notifications',
    state: 'after saving email choices, with its banner',
    as: 'coordinator',
    heading: 'Notifications',
    reach: '/notifications?done=preferences-saved',
  },
  {
    route: '/notifications',
    state: 'empty',
    as: 'practice_manager',
    heading: 'Notifications',
    reach: '/notifications',
  },
  {
    route: '/notifications/preferences',
    state: 'the form, with email off',
    as: 'coordinator',
    heading: 'Choose which notifications you also get by email',
    reach: '/notifications/preferences',
  },
  {
    route: '/admin/email',
    state: 'email off, nothing failed',
    as: 'administrator',
    heading: 'Email',
    reach: '/admin/email',
  },
  {
    route: '/admin/jobs',
    state: 'the log',
    as: 'administrator',
    heading: 'Jobs log',
    reach: '/admin/jobs',
  },
  {
    route: '/admin/jobs',
    state: 'failures only',
    as: 'administrator',
    heading: 'Jobs log',
    reach: '/admin/jobs?failed=yes',
  },
];
