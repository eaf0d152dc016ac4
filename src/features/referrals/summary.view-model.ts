import {
  REFERRAL_KIND_NAMES,
  REFERRER_ROLE_NAMES,
  type ReferrerRoleCode,
} from '../../domain/referral-rules.ts';
import { formatDate } from '../../platform/date-format.ts';
import type { ConsentRow, ReferralDetails } from './referral-details.ts';
import { fullName, knownAs } from './referral-details.ts';

type Value = { text: string } | { html: string };

export interface SummaryRow {
  key: { text: string };
  value: Value;
  actions?: { items: Array<{ href: string; text: string; visuallyHiddenText: string }> };
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** Text someone typed, escaped, with its line breaks kept. */
export function multiline(text: string | null | undefined, empty = 'Not given'): Value {
  if (!text) return { text: empty };
  return { html: escapeHtml(text).replace(/\r?\n/g, '<br>') };
}

export function yesNoText(value: boolean | null | undefined, empty = 'Not given'): string {
  if (value === null || value === undefined) return empty;
  return value ? 'Yes' : 'No';
}

/** A row of a GOV.UK summary list, with a change link where the page offers one. */
export function summaryRow(key: string, value: Value, change?: string): SummaryRow {
  return {
    key: { text: key },
    value,
    ...(change
      ? {
          actions: {
            items: [{ href: change, text: 'Change', visuallyHiddenText: key.toLowerCase() }],
          },
        }
      : {}),
  };
}

/** Where each answer is changed, when the page offers changing. */
function changeLinks(details: ReferralDetails, changeable: boolean) {
  const base = `/referrals/${details.referral.id}`;
  const link = (path: string) => (changeable ? `${base}/${path}` : undefined);
  return {
    referrer: link('referrer'),
    children: link('children'),
    reason: link('about/reason'),
    risks: link('about/risks'),
    support: link('about/support'),
  };
}

export function referralRows(details: ReferralDetails, changeable: boolean): SummaryRow[] {
  const { referral } = details;
  const links = changeLinks(details, changeable);
  const role = referral.referrer_role as ReferrerRoleCode | null;
  return [
    summaryRow('Reference', { text: referral.reference }),
    summaryRow('Kind of referral', { text: REFERRAL_KIND_NAMES[referral.kind] }),
    summaryRow(
      'Referral from',
      {
        text: role
          ? [REFERRER_ROLE_NAMES[role], referral.referrer_on_behalf_of].filter(Boolean).join(': ')
          : 'Not given',
      },
      links.referrer,
    ),
    summaryRow('Made by', { text: details.names.get(referral.referrer_id) ?? '' }),
    ...(referral.submitted_at
      ? [summaryRow('Submitted', { text: formatDate(referral.submitted_at) })]
      : []),
  ];
}

export function childRows(details: ReferralDetails, changeable: boolean): SummaryRow[] {
  const links = changeLinks(details, changeable);
  return details.children.map((child, index) =>
    summaryRow(
      details.children.length > 1 ? `Child ${index + 1}` : 'Name',
      {
        html: [
          fullName(child),
          `Born ${formatDate(child.date_of_birth)}`,
          child.case_record_id ? `Record ID ${child.case_record_id}` : 'No record ID',
          child.looked_after ? 'Looked after' : 'Not recorded as looked after',
        ]
          .map(escapeHtml)
          .join('<br>'),
      },
      links.children,
    ),
  );
}

export function aboutRows(details: ReferralDetails, changeable: boolean): SummaryRow[] {
  const { referral } = details;
  const links = changeLinks(details, changeable);
  return [
    summaryRow('Reason for the referral', multiline(referral.reason), links.reason),
    summaryRow('What you hope for', multiline(referral.hopes), links.reason),
    ...(referral.kind === 'fgc'
      ? [summaryRow('Bottom lines', multiline(referral.bottom_lines), links.reason)]
      : []),
    summaryRow('Known risks', multiline(referral.known_risks), links.risks),
    summaryRow('Placement timeline', multiline(referral.placement_timeline), links.risks),
    summaryRow('Chronology', multiline(referral.chronology), links.risks),
    summaryRow('First language', { text: referral.language ?? 'Not given' }, links.support),
    summaryRow(
      'Interpreter needed',
      { text: yesNoText(referral.interpreter_needed) },
      links.support,
    ),
    summaryRow('Advocate needed', { text: yesNoText(referral.advocate_needed) }, links.support),
    summaryRow(
      'Other support needs',
      multiline(referral.support_needs, 'None given'),
      links.support,
    ),
  ];
}

export const METHOD_NAMES: Record<string, string> = {
  in_person: 'In person',
  phone: 'By phone',
  video: 'By video call',
  letter: 'By letter',
  email: 'By email',
};

export interface ConsentCard {
  id: string;
  title: string;
  rows: SummaryRow[];
  withdrawn: boolean;
}

/** Each consent as a summary card: who gave it, when, how and what they agreed to. */
export function consentCards(details: ReferralDetails): ConsentCard[] {
  const names = new Map(details.children.map((child) => [child.id, knownAs(child)]));
  return details.consents.map((consent: ConsentRow) => {
    const child = names.get(consent.child_id) ?? 'the child';
    const title =
      consent.giver === 'young_person'
        ? `${child}’s own agreement`
        : `${consent.giver_name} (${consent.relationship}) for ${child}`;
    const agreed = [
      consent.scope_search ? 'Search for people in their network' : null,
      consent.scope_contact ? 'Contact the people found' : null,
      consent.scope_share ? 'Share information with their network' : null,
    ].filter((item): item is string => item !== null);
    return {
      id: consent.id,
      title,
      withdrawn: consent.withdrawn_on !== null,
      rows: [
        summaryRow('Date given', { text: formatDate(consent.given_on) }),
        summaryRow('How', { text: METHOD_NAMES[consent.method] ?? consent.method }),
        ...(consent.giver === 'young_person'
          ? [summaryRow('In their own words', multiline(consent.own_words, 'Not written down'))]
          : []),
        summaryRow('They agreed to', multiline(agreed.join('\n'))),
        summaryRow('Where the young person lives', {
          text: consent.share_location ? 'May be shared' : 'Not to be shared',
        }),
        ...(consent.share_only_with
          ? [summaryRow('Share only with', multiline(consent.share_only_with))]
          : []),
        ...(consent.withdrawn_on
          ? [summaryRow('Withdrawn', { text: formatDate(consent.withdrawn_on) })]
          : []),
      ],
    };
  });
}

const RESPONSE_NAMES: Record<string, string> = {
  awaiting: 'Waiting for an answer',
  accepted: 'Accepted',
  declined: 'Declined',
};

export function preProceedingsRows(details: ReferralDetails): SummaryRow[] {
  const offer = details.preProceedings;
  if (!offer) return [];
  const date = (value: string | null) => ({ text: value ? formatDate(value) : 'Not given' });
  return [
    summaryRow('Offer made', date(offer.offered_on)),
    summaryRow('In the letter before proceedings', {
      text: yesNoText(offer.in_letter_before_proceedings),
    }),
    summaryRow('Offered to', multiline(offer.offered_to)),
    summaryRow('Answer', {
      text: offer.response ? (RESPONSE_NAMES[offer.response] ?? '') : 'Not given',
    }),
    summaryRow('Answered by', multiline(offer.responded_by)),
    summaryRow('Meeting date', date(offer.meeting_on)),
    summaryRow('Application date', date(offer.application_on)),
    summaryRow('Best-interests exemption', { text: yesNoText(offer.best_interests_exemption) }),
    ...(offer.best_interests_exemption
      ? [
          summaryRow('Reason for the exemption', multiline(offer.exemption_reason)),
          summaryRow('Exemption decided by', multiline(offer.exemption_decided_by)),
        ]
      : []),
  ];
}
