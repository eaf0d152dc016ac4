import { z } from 'zod';

export const signInSchema = z.object({
  email: z
    .string({ error: 'Enter your email address' })
    .trim()
    .min(1, 'Enter your email address')
    .max(254, 'Email address must be 254 characters or fewer')
    .pipe(z.email('Enter an email address in the correct format, like name@example.org')),
  password: z
    .string({ error: 'Enter your password' })
    .min(1, 'Enter your password')
    .max(1024, 'Password must be 1024 characters or fewer'),
  organisation: z
    .string()
    .trim()
    .toUpperCase()
    .max(12, 'Organisation code must be 12 characters or fewer')
    .optional()
    .transform((value) => (value ? value : undefined)),
  returnTo: z.unknown().optional(),
});

export type SignInForm = z.infer<typeof signInSchema>;

const SAME_SITE = 'http://kindred.invalid';

/**
 * Where to go after signing in: only a path that parses, under our own origin, to a Kindred
 * page. Anything else (another site, `//elsewhere`, `/\\elsewhere`, a tab or line break that a
 * browser would drop, several values) goes home.
 */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || !value.startsWith('/') || value.length > 2000) return '/';
  // A browser strips tabs and line breaks from an address and reads `\` as `/`.
  if (/[\s\\]/.test(value) || value.startsWith('//')) return '/';
  let url: URL;
  try {
    url = new URL(value, SAME_SITE);
  } catch {
    return '/';
  }
  if (url.origin !== SAME_SITE || url.pathname.startsWith('//')) return '/';
  return `${url.pathname}${url.search}`;
}
