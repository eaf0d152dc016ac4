import { describe, expect, it } from 'vitest';
import {
  buildInvitation,
  type CalendarInvitation,
  escapeText,
  foldLine,
  parameterValue,
  utcDateTime,
} from './icalendar.ts';

const invitation: CalendarInvitation = {
  uid: 'planning-meeting-1234@kindred',
  sequence: 0,
  stamp: new Date('2026-03-01T09:15:30Z'),
  start: new Date('2026-03-14T10:00:00Z'),
  end: new Date('2026-03-14T11:30:00Z'),
  summary: 'Lifelong Links planning meeting, LL-2026-0001',
  location: 'Room 2, Civic Centre; Market Street',
  description: 'Planning meeting for referral LL-2026-0001.\nDetails are in Kindred.',
  organiser: { name: 'Alex Coordinator', email: 'alex@council.example' },
  attendees: [
    { name: 'Sam Manager', email: 'sam@council.example' },
    { name: 'Jo Smith, IRO', email: 'jo@council.example' },
  ],
};

describe('iCalendar invitation', () => {
  it('writes UTC date-times', () => {
    expect(utcDateTime(new Date('2026-03-14T10:00:00.000Z'))).toBe('20260314T100000Z');
  });

  it('escapes text values', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });

  it('quotes parameter values with separators and drops double quotes', () => {
    expect(parameterValue('Sam Manager')).toBe('Sam Manager');
    expect(parameterValue('Smith, Jo')).toBe('"Smith, Jo"');
    expect(parameterValue('Jo "JJ" Smith')).toBe('Jo JJ Smith');
  });

  it('folds long lines at 75 octets without splitting a character', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    const parts = folded.split('\r\n');
    expect(parts.length).toBeGreaterThan(1);
    for (const part of parts) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    for (const part of parts.slice(1)) expect(part.startsWith(' ')).toBe(true);
    expect(parts.map((part, index) => (index === 0 ? part : part.slice(1))).join('')).toBe(line);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });

  it('builds a calendar with one event, CRLF line endings and the people invited', () => {
    const ics = buildInvitation(invitation);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toMatch(/[\r\n]/);
    const unfolded = ics.replaceAll('\r\n ', '');
    expect(unfolded).toContain('UID:planning-meeting-1234@kindred\r\n');
    expect(unfolded).toContain('DTSTAMP:20260301T091530Z\r\n');
    expect(unfolded).toContain('DTSTART:20260314T100000Z\r\n');
    expect(unfolded).toContain('DTEND:20260314T113000Z\r\n');
    expect(unfolded).toContain('SUMMARY:Lifelong Links planning meeting\\, LL-2026-0001\r\n');
    expect(unfolded).toContain('LOCATION:Room 2\\, Civic Centre\\; Market Street\r\n');
    expect(unfolded).toContain('Planning meeting for referral LL-2026-0001.\\nDetails');
    expect(unfolded).toContain('ORGANIZER;CN=Alex Coordinator:mailto:alex@council.example\r\n');
    expect(unfolded).toContain('ATTENDEE;CN=Sam Manager;CUTYPE=INDIVIDUAL');
    expect(unfolded).toContain('ATTENDEE;CN="Jo Smith, IRO";');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
  });
});
