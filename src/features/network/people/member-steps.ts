import type { Selectable } from 'kysely';
import type { NetworkSafetyChecksTable } from '../../../db/schema.ts';
import type { MemberWithPerson } from '../network.service.ts';

type SafetyRow = Selectable<NetworkSafetyChecksTable>;

const OUTCOME_LABELS = {
  safe: 'Safe to contact',
  safe_with_conditions: 'Safe to contact, with conditions',
  not_safe: 'Not safe to contact',
} as const;

/** What to do next about this person, as one link: every page says what to do next. */
export function nextStep(
  href: string,
  member: MemberWithPerson,
  safety: SafetyRow | null,
): { text: string; href: string } | null {
  if (member.off_ramp || member.deceased) return null;
  if (member.young_person_say !== 'yes') {
    return {
      text:
        member.young_person_say === 'not_now'
          ? 'Ask the young person again when they are ready'
          : 'Ask the young person whether they want contact with this person',
      href: `${href}/say`,
    };
  }
  if (member.status === 'identified')
    return { text: 'Record that they have been located', href: `${href}/progress` };
  if (member.status === 'located') {
    if (!safety?.outcome) return { text: 'Record the safety check', href: `${href}/safety` };
    if (!safety.signed_off_at && !safety.override_at) {
      return {
        text: 'Ask the team manager or the social worker to sign off the safety check',
        href,
      };
    }
    return { text: 'Record the first contact', href: `${href}/progress` };
  }
  if (member.status === 'safety_checked')
    return { text: 'Record the first contact', href: `${href}/progress` };
  if (member.status === 'contacted') {
    return { text: 'Record whether they agreed to take part', href: `${href}/progress` };
  }
  return null;
}

type Format = (value: Date | string | null | undefined) => string;

/** The safety check as summary rows (sensitive: only for those who may read it). */
export function safetyRows(safety: SafetyRow, formatDate: Format, formatDateTime: Format) {
  const row = (key: string, value: string | null) => ({
    key: { text: key },
    value: { text: value ?? 'Not recorded' },
  });
  return [
    row('Risk notes', safety.risk_notes),
    row(
      'Police check requested on',
      safety.police_check_requested_on
        ? formatDate(safety.police_check_requested_on)
        : 'Not requested',
    ),
    row('Police check outcome', safety.police_check_outcome),
    row('Other checks', safety.other_checks),
    row('Outcome of other checks', safety.other_checks_outcome),
    row('Outcome', safety.outcome ? OUTCOME_LABELS[safety.outcome] : 'Not decided yet'),
    ...(safety.conditions ? [row('Conditions', safety.conditions)] : []),
    ...(safety.not_safe_reason ? [row('Why it is not safe', safety.not_safe_reason)] : []),
    row(
      'Signed off',
      safety.signed_off_at
        ? `${formatDateTime(safety.signed_off_at)} by the ${safety.signed_off_as === 'social_worker' ? 'social worker' : 'team manager'}`
        : 'Not yet',
    ),
    ...(safety.override_at
      ? [
          row(
            'Contact allowed before sign-off',
            `${formatDateTime(safety.override_at)}: ${safety.override_reason ?? ''}`,
          ),
        ]
      : []),
  ];
}

export { OUTCOME_LABELS };
