/**
 * What a failed job's error says, fit for the jobs log and the logs: email addresses taken out
 * (a mail server's refusal often quotes the address), and short. Never the payload.
 */
export function describeJobError(error: unknown): string {
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return message.replace(/[^\s@<>"'(),;:]+@[^\s@<>"'(),;:]+/g, '[address]').slice(0, 500);
}
