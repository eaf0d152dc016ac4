/** Failures allowed before sign-in answers start to slow down. */
export const FREE_FAILURES = 3;
const MAX_DELAY_MS = 10_000;

/**
 * How long to hold back the answer to a sign-in attempt for an account that has already
 * failed `failures` times: nothing for the first few, then doubling from half a second, to a
 * ceiling of ten seconds. Guessing a password becomes slow; a person who mistypes barely notices.
 */
export function signInDelayMs(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(500 * 2 ** (failures - FREE_FAILURES), MAX_DELAY_MS);
}

/** Failures older than this are forgotten. */
export const FAILURE_MEMORY_MINUTES = 15;
