const dateFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'Europe/London',
});
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  // 'h12', not hour12: en-GB's 12-hour clock otherwise writes a minute past midnight "0:01am".
  hourCycle: 'h12',
  timeZone: 'Europe/London',
});

/** "3 March 2026", the GOV.UK style, in UK time. */
export function formatDate(value: Date | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return dateFormat.format(typeof value === 'string' ? new Date(value) : value);
}

/** "3 March 2026 at 2:05pm". */
export function formatDateTime(value: Date | string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  const date = typeof value === 'string' ? new Date(value) : value;
  const parts = dateTimeFormat.formatToParts(date);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const time = `${part('hour')}:${part('minute')}${part('dayPeriod').toLowerCase().replaceAll('.', '').replaceAll(' ', '')}`;
  return `${formatDate(date)} at ${time}`;
}
