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
  returnTo: z.string().max(2000).optional(),
});

export type SignInForm = z.infer<typeof signInSchema>;

/** Only a path on this site: never `//elsewhere` or an absolute address. */
export function safeReturnTo(value: string | undefined): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  return value;
}
