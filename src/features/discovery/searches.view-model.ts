import type { SearchSource } from '../../db/schema.ts';
import { formatDate } from '../../platform/date-format.ts';
import { escapeHtml } from '../journeys/journey-labels.ts';
import type { SearchLogRow, SearchRow } from './searches.repository.ts';
import { SEARCH_SOURCES, SOURCE_NAMES } from './searches.schemas.ts';

/** One logged search as the log shows it; terms and result are null for those who may not read them. */
export function searchCard(
  row: SearchRow | (Omit<SearchRow, 'terms' | 'result'> & { terms: null; result: null }),
) {
  return {
    id: row.id,
    title: `${formatDate(row.searched_on)}: ${SOURCE_NAMES[row.source]}`,
    rows: [
      { key: { text: 'Searched by' }, value: { text: row.searched_by_name } },
      { key: { text: 'Where' }, value: { text: SOURCE_NAMES[row.source] } },
      ...(row.terms === null
        ? []
        : [
            { key: { text: 'Searched for' }, value: { text: row.terms } },
            { key: { text: 'What it found' }, value: { text: row.result } },
          ]),
      { key: { text: 'Lawful basis' }, value: { text: row.lawful_basis } },
      {
        key: { text: 'Safe to share with the young person' },
        value: { text: row.safe_to_share ? 'Yes' : 'No' },
      },
    ],
  };
}

export function sourceItems(selected: unknown) {
  return SEARCH_SOURCES.map((source) => ({
    value: source,
    text: SOURCE_NAMES[source],
    checked: selected === source,
  }));
}

export function sourceOptions(selected: SearchSource | undefined) {
  return [
    { value: '', text: 'Any source', selected: !selected },
    ...SEARCH_SOURCES.map((source) => ({
      value: source,
      text: SOURCE_NAMES[source],
      selected: selected === source,
    })),
  ];
}

/** The team log's table rows: the journey's reference links to its search log. */
export function teamLogRows(rows: readonly SearchLogRow[]) {
  return rows.map((row) => [
    { text: formatDate(row.searched_on), classes: 'kindred-nowrap' },
    {
      html: `<a class="govuk-link" href="/journeys/${row.journey_id}/discovery/searches">${escapeHtml(row.reference)}</a>`,
    },
    { text: row.searched_by_name },
    { text: SOURCE_NAMES[row.source] },
    { text: row.terms },
    { text: row.result },
    { text: row.lawful_basis },
    { text: row.safe_to_share ? 'Yes' : 'No' },
  ]);
}
