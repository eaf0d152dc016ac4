import type { FgcOutcome } from '../../db/schema.ts';
import { formatDate } from '../../platform/date-format.ts';
import type { OutcomeRow } from './outcomes.repository.ts';

export const OUTCOME_TEXT: Record<FgcOutcome, string> = {
  stepped_down: 'Stepped down',
  case_closed: 'Case closed',
  remained_at_home: 'Remained at home',
  alternative_carers_found: 'Alternative family carers found',
  entered_care: 'Entered care',
  proceedings_issued: 'Proceedings issued',
};

const HINTS: Partial<Record<FgcOutcome, string>> = {
  stepped_down: 'To a lower level of support, such as Early Help',
  alternative_carers_found: 'Family or friends will care for the child or children',
};

export function outcomeItems(chosen: unknown) {
  return (Object.keys(OUTCOME_TEXT) as FgcOutcome[]).map((value) => ({
    value,
    text: OUTCOME_TEXT[value],
    ...(HINTS[value] ? { hint: { text: HINTS[value] } } : {}),
    checked: chosen === value,
  }));
}

/** The case page's rows: the date, then the outcome and any note. */
export function outcomeRows(outcomes: readonly OutcomeRow[]) {
  return outcomes.map((row) => ({
    key: { text: formatDate(row.outcome_on) },
    value: {
      text: row.notes ? `${OUTCOME_TEXT[row.outcome]}. ${row.notes}` : OUTCOME_TEXT[row.outcome],
    },
  }));
}
