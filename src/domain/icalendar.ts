/**
 * An iCalendar invitation (RFC 5545) for one meeting. Invitations travel by email, so the
 * caller puts nothing in them that names a child: a reference, the place and the people invited.
 */

export interface CalendarPerson {
  name: string;
  email: string;
}

export interface CalendarInvitation {
  /** Stays the same when the meeting is moved, so calendars update the one event. */
  uid: string;
  /** Goes up by one each time the meeting is rescheduled. */
  sequence: number;
  /** When this invitation was made. */
  stamp: Date;
  start: Date;
  end: Date;
  summary: string;
  location: string;
  description: string;
  organiser: CalendarPerson;
  attendees: readonly CalendarPerson[];
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;

/** 20260314T093000Z: a UTC date-time (RFC 5545 3.3.5, form 2). */
export function utcDateTime(instant: Date): string {
  return `${instant.toISOString().slice(0, 19).replaceAll('-', '').replaceAll(':', '')}Z`;
}

/** A TEXT value: backslash, semicolon and comma escaped, line breaks as \n (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
  return value
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * A parameter value (such as CN): quoted when it holds a colon, semicolon or comma; a double
 * quote cannot appear at all, and control characters are dropped (RFC 5545 3.2).
 */
export function parameterValue(value: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what is removed
  const clean = value.replace(/["\u0000-\u001f\u007f]/g, '').trim();
  return /[:;,]/.test(clean) ? `"${clean}"` : clean;
}

/**
 * Folds a content line at 75 octets: the rest continues on lines that begin with one space.
 * Never splits a UTF-8 character (RFC 5545 3.1).
 */
export function foldLine(line: string): string {
  const pieces: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    const limit = pieces.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
    if (octets + size > limit) {
      pieces.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  pieces.push(current);
  return pieces.join(`${CRLF} `);
}

function person(property: 'ORGANIZER' | 'ATTENDEE', who: CalendarPerson, extra = ''): string {
  const email = who.email.replace(/[\s"<>]/g, '');
  return `${property};CN=${parameterValue(who.name)}${extra}:mailto:${email}`;
}

/** The whole .ics file: CRLF line endings, folded lines, one VEVENT. */
export function buildInvitation(invitation: CalendarInvitation): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Kindred//Planning meeting//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:REQUEST',
    'BEGIN:VEVENT',
    `UID:${invitation.uid}`,
    `SEQUENCE:${invitation.sequence}`,
    `DTSTAMP:${utcDateTime(invitation.stamp)}`,
    `DTSTART:${utcDateTime(invitation.start)}`,
    `DTEND:${utcDateTime(invitation.end)}`,
    `SUMMARY:${escapeText(invitation.summary)}`,
    `LOCATION:${escapeText(invitation.location)}`,
    `DESCRIPTION:${escapeText(invitation.description)}`,
    'STATUS:CONFIRMED',
    'TRANSP:OPAQUE',
    person('ORGANIZER', invitation.organiser),
    ...invitation.attendees.map((attendee) =>
      person(
        'ATTENDEE',
        attendee,
        ';CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE',
      ),
    ),
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
