import { stageName } from '../../domain/journey-stages.ts';
import { PATHWAY_PLAN_QUESTION, type PathwayPlanAnswer } from '../../domain/pathway-plan.ts';
import {
  type Code,
  EPISODE_END_REASON_CODES,
  ETHNICITY_CODES,
  GENDER_CODES,
  LEGAL_STATUS_CODES,
  labelOf,
  NEED_CODES,
  NEW_EPISODE_REASON_CODES,
  PLACEMENT_CHANGE_REASON_CODES,
  PLACEMENT_CODES,
  PLACEMENT_PROVIDER_CODES,
} from '../../domain/ssda903-codes.ts';
import { formatDate } from '../../platform/date-format.ts';
import type { CaseAboutChild } from './child-cases.repository.ts';
import type { ChronologyRow } from './child-record.repository.ts';
import type { ChildRow } from './children.repository.ts';
import {
  CARE_LEAVER_LABELS,
  dateOfBirthWithAge,
  fullName,
  nameNotRecorded,
} from './children.view-model.ts';

/** A child's record page: the details as a summary list, the chronology and the cases. */

const NOT_RECORDED = 'Not recorded';

/** "Full care order (C2)"; an unknown code is shown as it is. */
export function codeInWords(list: readonly Code[], code: string | null | undefined): string {
  if (!code) return NOT_RECORDED;
  const label = labelOf(list, code);
  return label ? `${label} (${code})` : code;
}

const yesNo = (value: boolean) => (value ? 'Yes' : 'No');

function row(key: string, value: string) {
  return { key: { text: key }, value: { text: value } };
}

export function childSummaryRows(
  child: ChildRow,
  staff: ReadonlyArray<{ id: string; display_name: string }>,
  today: string,
) {
  const person = (id: string | null) =>
    staff.find((found) => found.id === id)?.display_name ?? 'Not allocated';
  const lookedAfter = child.looked_after
    ? child.looked_after_since
      ? `Yes, since ${formatDate(child.looked_after_since)}`
      : 'Yes'
    : 'No';
  return [
    row('Name', fullName(child)),
    row('Preferred name', child.preferred_name ?? NOT_RECORDED),
    row('Date of birth', dateOfBirthWithAge(child.date_of_birth, today)),
    row('Gender', labelOf(GENDER_CODES, child.gender) ?? NOT_RECORDED),
    row('Ethnicity', codeInWords(ETHNICITY_CODES, child.ethnicity)),
    row('First language', child.first_language ?? NOT_RECORDED),
    row('Needs an interpreter', yesNo(child.interpreter_needed)),
    row('Looked after', lookedAfter),
    row('Legal status', codeInWords(LEGAL_STATUS_CODES, child.legal_status)),
    row('Placement type', codeInWords(PLACEMENT_CODES, child.placement_type)),
    row('Unaccompanied asylum-seeking child', yesNo(child.uasc)),
    row('Care leaver status', CARE_LEAVER_LABELS[child.care_leaver_status]),
    row('Main case record ID', child.case_record_id ?? NOT_RECORDED),
    row('Unique pupil number (UPN)', child.upn ?? NOT_RECORDED),
    row('Social worker', person(child.social_worker_id)),
    row('Independent reviewing officer (IRO)', person(child.iro_id)),
    row('Carers', child.carers ?? NOT_RECORDED),
  ];
}

const EPISODE_DETAILS: ReadonlyArray<{ key: string; label: string; list: readonly Code[] }> = [
  { key: 'RNE', label: 'Why it started', list: NEW_EPISODE_REASON_CODES },
  { key: 'CIN', label: 'Category of need', list: NEED_CODES },
  { key: 'PLACE_PROVIDER', label: 'Placement provider', list: PLACEMENT_PROVIDER_CODES },
  {
    key: 'REASON_PLACE_CHANGE',
    label: 'Why the placement changed',
    list: PLACEMENT_CHANGE_REASON_CODES,
  },
  { key: 'REC', label: 'Why it ended', list: EPISODE_END_REASON_CODES },
];

export function chronologyItems(entries: readonly ChronologyRow[]) {
  return entries.map((entry) => {
    const details = entry.details as Record<string, unknown>;
    const explained = EPISODE_DETAILS.flatMap(({ key, label, list }) => {
      const code = details[key];
      return typeof code === 'string' && code ? [{ label, value: codeInWords(list, code) }] : [];
    });
    return {
      dates: `${formatDate(entry.starts_on)} to ${entry.ends_on ? formatDate(entry.ends_on) : 'now'}`,
      summary: entry.summary,
      source:
        entry.source === 'ssda903'
          ? 'From the looked-after children return (SSDA903)'
          : 'Recorded in Kindred',
      details: explained,
    };
  });
}

const KIND_NAMES = { fgc: 'Family Group Conference', lifelong_links: 'Lifelong Links' } as const;
const REFERRAL_STATUS = {
  draft: 'Draft',
  submitted: 'Submitted',
  accepted: 'Accepted',
  declined: 'Declined',
} as const;
const JOURNEY_STATUS = { active: 'Active', paused: 'Paused', ended: 'Ended' } as const;

export function caseItems(cases: readonly CaseAboutChild[], childId?: string) {
  return cases.map((found) => ({
    referral: {
      href: `/referrals/${found.referralId}`,
      text: `${KIND_NAMES[found.kind]} referral ${found.reference}`,
      status: REFERRAL_STATUS[found.status],
    },
    journey: found.journeyId
      ? {
          href: `/journeys/${found.journeyId}`,
          text: `Journey: stage ${found.journeyStage}, ${stageName(found.journeyStage ?? 1).toLowerCase()}`,
          status: found.journeyStatus ? JOURNEY_STATUS[found.journeyStatus] : '',
        }
      : null,
    // The child's own network in that journey (issue 10).
    network: found.journeyId
      ? {
          href: `/journeys/${found.journeyId}/network${childId ? `?child=${childId}` : ''}`,
          text: 'Their network',
        }
      : null,
  }));
}

export function recordPage(
  record: {
    child: ChildRow;
    chronology: ChronologyRow[];
    cases: CaseAboutChild[];
    staff: Array<{ id: string; display_name: string }>;
    canChange: boolean;
    pathwayPlan?: PathwayPlanAnswer | null;
  },
  today: string,
) {
  const { child } = record;
  return {
    pathwayPlan: record.pathwayPlan ? pathwayPlanRows(record.pathwayPlan) : null,
    title: fullName(child),
    nameRecorded: !nameNotRecorded(child),
    summaryRows: childSummaryRows(child, record.staff, today),
    chronology: chronologyItems(record.chronology),
    cases: caseItems(record.cases, child.id),
    changeHref: record.canChange ? `/children/${child.id}/edit` : null,
  };
}

/** The pathway plan's question and Kindred's answer, as summary list rows. */
function pathwayPlanRows(answer: PathwayPlanAnswer) {
  const row = (key: string, value: string) => ({ key: { text: key }, value: { text: value } });
  const rows = [row(PATHWAY_PLAN_QUESTION, answer.answer)];
  if (answer.stage) rows.push(row('Stage', `${answer.stage} (${answer.status?.toLowerCase()})`));
  if (answer.startedOn) rows.push(row('Support started', formatDate(answer.startedOn)));
  if (answer.endedOn) rows.push(row('Support ended', formatDate(answer.endedOn)));
  if (answer.answer === 'No' && answer.referredOn) {
    rows.push(row('Referral made', `${formatDate(answer.referredOn)}, waiting for a decision`));
  }
  return rows;
}
