import type { EmailConfig } from '../../../config-email.ts';

/**
 * Whether this process sends notices by email, and how: set once from the configuration when
 * the app is built or the jobs runner starts. `notify()` reads it to decide whether to write an
 * outbox row; with email off, notices stay in Kindred only.
 */
let settings: EmailConfig | undefined;

export function useEmailSettings(email: EmailConfig): void {
  settings = email;
}

export function emailSettings(): EmailConfig | undefined {
  return settings;
}

export function emailIsOn(): boolean {
  return settings !== undefined && settings.delivery.provider !== 'none';
}
