import { z } from 'zod';
import { MINIMUM_PASSWORD_LENGTH } from '../../platform/passwords.ts';

export const changePasswordSchema = z
  .object({
    currentPassword: z
      .string({ error: 'Enter your current password' })
      .min(1, 'Enter your current password'),
    newPassword: z
      .string({ error: 'Enter a new password' })
      .min(1, 'Enter a new password')
      .min(
        MINIMUM_PASSWORD_LENGTH,
        `Your new password must be at least ${MINIMUM_PASSWORD_LENGTH} characters. Three random words make a strong one.`,
      )
      .max(1024, 'Your new password must be 1024 characters or fewer'),
    confirmPassword: z
      .string({ error: 'Enter your new password again' })
      .min(1, 'Enter your new password again'),
  })
  .refine((form) => form.newPassword === form.confirmPassword, {
    path: ['confirmPassword'],
    message: 'The passwords do not match',
  })
  .refine((form) => form.newPassword !== form.currentPassword, {
    path: ['newPassword'],
    message: 'Your new password must be different from your current password',
  });

export type ChangePasswordForm = z.infer<typeof changePasswordSchema>;
