import { z } from 'zod';
import { ROLES, type Role } from '../../domain/roles.ts';
import { asList } from '../../platform/forms.ts';
import { pageQuerySchema } from '../../platform/pagination.ts';

/** Roles that need a team: everyone but an administrator works in one. */
export function needsTeam(roles: readonly Role[]): boolean {
  return roles.some((role) => role !== 'administrator');
}

/** Add a user and change a user's details share one form, in the order the page asks. */
export const userDetailsSchema = z
  .object({
    displayName: z
      .string({ error: 'Enter the person’s full name' })
      .trim()
      .min(1, 'Enter the person’s full name')
      .max(120, 'Full name must be 120 characters or fewer'),
    email: z
      .string({ error: 'Enter their email address' })
      .trim()
      .min(1, 'Enter their email address')
      .max(254, 'Email address must be 254 characters or fewer')
      .pipe(z.email('Enter an email address in the correct format, like name@example.org')),
    roles: z.preprocess(
      asList,
      z
        .array(z.enum(ROLES, { error: 'Select roles from the list' }))
        .min(1, 'Select at least one role')
        .transform((roles) => ROLES.filter((role) => roles.includes(role))),
    ),
    languages: z
      .string()
      .optional()
      .transform((value) => [
        ...new Set(
          (value ?? '')
            .split(',')
            .map((language) => language.trim())
            .filter(Boolean),
        ),
      ])
      .pipe(
        z
          .array(z.string().max(40, 'Each language must be 40 characters or fewer'))
          .max(12, 'List up to 12 languages'),
      ),
    teamId: z
      .string()
      .optional()
      .transform((value) => (value ? value : null))
      .pipe(z.uuid('Select a team from the list').nullable()),
  })
  .superRefine((form, context) => {
    // Runs even when other fields have problems, so every message shows at once.
    if (!form.teamId && Array.isArray(form.roles) && needsTeam(form.roles)) {
      context.addIssue({
        code: 'custom',
        path: ['teamId'],
        message: 'Select a team – only administrators can be without one',
      });
    }
  });

export type UserDetailsForm = z.infer<typeof userDetailsSchema>;

const optionalText = z
  .string()
  .optional()
  .catch(undefined)
  .transform((value) => value?.trim().slice(0, 200) || undefined);

/** The list's search and filters. A value that is not an option is ignored, not an error. */
export const usersFilterSchema = z.object({
  q: optionalText,
  role: z.enum(ROLES).optional().catch(undefined),
  status: z.enum(['active', 'disabled']).optional().catch(undefined),
});

export type UsersFilter = z.infer<typeof usersFilterSchema>;

/** The filters and the page's key, from the address. */
export const usersListQuerySchema = usersFilterSchema.extend(pageQuerySchema);

export const userNoticeSchema = z.object({
  notice: z.enum(['updated', 'roles-changed', 'disabled', 'enabled']).optional().catch(undefined),
});

export type UserNotice = NonNullable<z.infer<typeof userNoticeSchema>['notice']>;
