/**
 * The kinds of notice Kindred sends. A notice in Kindred has its own subject and link; its
 * email is built from its kind alone, so an email can never carry a child's name or any
 * other personal detail: only the words below and a link to sign in (ADR 0025). A feature that
 * sends a new kind of notice adds it here.
 */
export interface NoticeKindWords {
  /** On the preferences page: "Email me about …". */
  label: string;
  hint: string;
  /** The email's subject and its one line, with no personal details. */
  emailSubject: string;
  emailMessage: string;
  /** Whether a person who has not chosen gets this kind by email. */
  emailByDefault: boolean;
}

export const NOTICE_KINDS = {
  turning_15_list: {
    label: 'The monthly list of young people turning 15',
    hint: 'On the first working day of each month.',
    emailSubject: 'The turning 15 list for this month is ready',
    emailMessage: 'The list of young people turning 15 this month is ready in Kindred.',
    emailByDefault: true,
  },
  deadline_reminder: {
    label: 'Dates coming up',
    hint: 'A reminder before something is due.',
    emailSubject: 'Something is due soon in Kindred',
    emailMessage: 'Something you look after in Kindred is due soon.',
    emailByDefault: false,
  },
  deadline_missed: {
    label: 'Dates missed',
    hint: 'When something is overdue.',
    emailSubject: 'Something is overdue in Kindred',
    emailMessage: 'Something you look after in Kindred is overdue.',
    emailByDefault: true,
  },
  safety_concern: {
    label: 'Safety concerns',
    hint: 'When someone records a concern about a young person’s safety.',
    emailSubject: 'A safety concern has been recorded in Kindred',
    emailMessage: 'A safety concern has been recorded that you need to look at in Kindred.',
    emailByDefault: true,
  },
  work_assigned: {
    label: 'Work given to you',
    hint: 'When a referral or a journey is given to you.',
    emailSubject: 'You have new work in Kindred',
    emailMessage: 'Some work has been given to you in Kindred.',
    emailByDefault: false,
  },
  plan_decision_needed: {
    label: 'Plans waiting for your decision',
    hint: 'When a coordinator sends you a plan to agree, or a changed plan to agree again.',
    emailSubject: 'A plan is waiting for your decision in Kindred',
    emailMessage: 'A plan has been sent to you in Kindred. Read it and say whether you agree it.',
    emailByDefault: true,
  },
  plan_decided: {
    label: 'Decisions on plans',
    hint: 'When the referrer agrees a plan, needs more time, or does not agree it.',
    emailSubject: 'A decision has been made on a plan in Kindred',
    emailMessage: 'The referrer has made a decision on a plan you look after in Kindred.',
    emailByDefault: false,
  },
} as const satisfies Record<string, NoticeKindWords>;

export type NoticeKind = keyof typeof NOTICE_KINDS;

export function isNoticeKind(value: string): value is NoticeKind {
  return Object.hasOwn(NOTICE_KINDS, value);
}

export interface NoticeEmail {
  subject: string;
  message: string;
  signInUrl: string;
}

/**
 * The whole of a notice's email: its kind's words and the link to sign in. Nothing else can go
 * in, because nothing else is taken.
 */
export function emailForNotice(kind: NoticeKind, publicUrl: string): NoticeEmail {
  const words = NOTICE_KINDS[kind];
  return {
    subject: words.emailSubject,
    message: words.emailMessage,
    signInUrl: `${publicUrl}/notifications`,
  };
}

/** The plain-text body of an email, for SMTP (Notify's template lays out the same parts). */
export function plainTextOf(email: NoticeEmail): string {
  return `${email.message}\n\nSign in to Kindred to see it:\n${email.signInUrl}\n\nThis email was sent by Kindred. Please do not reply to it.\n`;
}

/** An address email can be sent to; anything else gets notices in Kindred only. */
export function canReceiveEmail(address: string | null | undefined): boolean {
  return typeof address === 'string' && /^[^\s@<>]+@[^\s@<>]+\.[^\s@<>]+$/.test(address.trim());
}

/** Waits between tries: the first after `retrySeconds`, each later one five times longer. */
export function retryDelaySeconds(triesSoFar: number, retrySeconds: number): number {
  return retrySeconds * 5 ** Math.max(0, triesSoFar - 1);
}
