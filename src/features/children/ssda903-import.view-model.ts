import { FILE_NAMES, type Ssda903Problem } from '../../domain/ssda903.ts';
import {
  type ChildChange,
  type ImportCounts,
  type ImportedChildValues,
  type ImportPlan,
  planChangesNothing,
} from '../../domain/ssda903-plan.ts';
import { formatDate } from '../../platform/date-format.ts';

/** The import's pages: problems to fix, findings, the preview of what will change. */

/** A page of problems stays readable; the command line and the CSV list every one. */
export const PROBLEMS_SHOWN = 1000;

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Rows of a problems or findings table: file, row, column, what is wrong. */
export function problemRows(problems: readonly Ssda903Problem[]) {
  return problems
    .slice(0, PROBLEMS_SHOWN)
    .map((problem) => [
      FILE_NAMES[problem.file].replace(/^./, (first: string) => first.toUpperCase()),
      problem.row === null ? 'Whole file' : String(problem.row),
      problem.column ?? '',
      problem.message,
    ]);
}

/** The findings table's data, for any page that shows findings. */
export function findingsTable(findings: readonly Ssda903Problem[]) {
  return {
    findingCount: findings.length,
    findingRows: problemRows(findings),
    problemsShown: PROBLEMS_SHOWN,
  };
}

/** The upload page sent back with the problems that block the import, and the findings too. */
export function problemPage(
  blocking: readonly Ssda903Problem[],
  findings: readonly Ssda903Problem[] = [],
) {
  const perFile = (file: 'header' | 'episodes') => blocking.filter((p) => p.file === file).length;
  const errors = (['header', 'episodes'] as const)
    .filter((file) => perFile(file) > 0)
    .map((file) => ({
      text: `The ${FILE_NAMES[file]} has ${plural(perFile(file), 'problem', 'problems')} to fix: nothing has been imported`,
      href: '#problems',
    }));
  return {
    errors,
    problemCount: blocking.length,
    problemRows: problemRows(blocking),
    ...findingsTable(findings),
  };
}

const FIELD_WORDS: Record<keyof ImportedChildValues, string> = {
  gender: 'gender',
  date_of_birth: 'date of birth',
  ethnicity: 'ethnicity',
  upn: 'UPN',
  looked_after: 'looked after',
  looked_after_since: 'looked after since',
  legal_status: 'legal status',
  placement_type: 'placement type',
};

function episodesInWords(child: ChildChange): string {
  if (child.episodes.length === 0) return 'None in this return';
  const added = child.episodes.filter((episode) => episode.action === 'add').length;
  const updated = child.episodes.filter((episode) => episode.action === 'update').length;
  const parts = [added ? `${added} to add` : '', updated ? `${updated} to update` : ''].filter(
    Boolean,
  );
  return parts.length > 0 ? parts.join(', ') : 'No change';
}

function whatHappens(child: ChildChange): string {
  if (child.action === 'add') return 'Add to the register (name not yet recorded)';
  if (child.action === 'update') {
    return `Update ${child.changedFields.map((field) => FIELD_WORDS[field]).join(', ')}`;
  }
  return 'No change to their details';
}

export function countRows(counts: ImportCounts, tense: 'will' | 'did') {
  const verb = (future: string, past: string) => (tense === 'will' ? future : past);
  return [
    {
      key: { text: 'Children and young people' },
      value: {
        text: [
          `${counts.childrenAdded} ${verb('to add', 'added')}`,
          `${counts.childrenUpdated} ${verb('to update', 'updated')}`,
          `${counts.childrenUnchanged} with no change`,
        ].join(', '),
      },
    },
    {
      key: { text: 'Placement episodes in their chronologies' },
      value: {
        text: [
          `${counts.episodesAdded} ${verb('to add', 'added')}`,
          `${counts.episodesUpdated} ${verb('to update', 'updated')}`,
          `${counts.episodesUnchanged} with no change`,
        ].join(', '),
      },
    },
  ];
}

/** The rows shown as changing: a page stays readable however large the return. */
const CHANGES_SHOWN = 1000;

export function previewPage(plan: ImportPlan, findings: readonly Ssda903Problem[]) {
  const changes = (child: ChildChange) =>
    child.action !== 'unchanged' ||
    child.episodes.some((episode) => episode.action !== 'unchanged');
  const changing = plan.children.filter(changes);
  const unchanged = plan.children.filter((child) => !changes(child));
  const order = { add: 0, update: 1, unchanged: 2 } as const;
  return {
    nothingChanges: planChangesNothing(plan),
    counts: countRows(plan.counts, 'will'),
    changeCount: changing.length,
    changesShown: CHANGES_SHOWN,
    changeRows: [...changing]
      .sort((a, b) => order[a.action] - order[b.action])
      .slice(0, CHANGES_SHOWN)
      .map((child) => [
        child.caseRecordId,
        formatDate(child.values.date_of_birth),
        whatHappens(child),
        episodesInWords(child),
      ]),
    unchangedCount: unchanged.length,
    unchangedIds: unchanged.slice(0, CHANGES_SHOWN).map((child) => child.caseRecordId),
    ...findingsTable(findings),
  };
}
