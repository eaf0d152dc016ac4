import { FILE_NAMES, type Ssda903Problem } from '../../domain/ssda903.ts';
import {
  type ChildChange,
  type ImportCounts,
  type ImportedChildValues,
  type ImportPlan,
  planChangesNothing,
} from '../../domain/ssda903-plan.ts';
import { formatDate } from '../../platform/date-format.ts';

/** The import's pages: problems to fix, the preview of what will change, and the result. */

/** A page of problems stays readable; the command line lists every one. */
export const PROBLEMS_SHOWN = 1000;

export function problemPage(problems: readonly Ssda903Problem[]) {
  const perFile = (file: 'header' | 'episodes') => problems.filter((p) => p.file === file).length;
  const errors = (['header', 'episodes'] as const)
    .filter((file) => perFile(file) > 0)
    .map((file) => {
      const count = perFile(file);
      return {
        text: `The ${FILE_NAMES[file]} has ${count} ${count === 1 ? 'problem' : 'problems'}: nothing has been imported`,
        href: `#${file}`,
      };
    });
  return {
    errors,
    problemCount: problems.length,
    problemsShown: PROBLEMS_SHOWN,
    problemRows: problems
      .slice(0, PROBLEMS_SHOWN)
      .map((problem) => [
        { text: FILE_NAMES[problem.file].replace(/^./, (first: string) => first.toUpperCase()) },
        { text: problem.row === null ? 'Whole file' : String(problem.row) },
        { text: problem.column ?? '' },
        { text: problem.message },
      ]),
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

export function previewPage(plan: ImportPlan) {
  const changing = plan.children.filter(
    (child) =>
      child.action !== 'unchanged' ||
      child.episodes.some((episode) => episode.action !== 'unchanged'),
  );
  const unchanged = plan.children.filter((child) => !changing.includes(child));
  const order = { add: 0, update: 1, unchanged: 2 } as const;
  return {
    nothingChanges: planChangesNothing(plan),
    counts: countRows(plan.counts, 'will'),
    changeRows: [...changing]
      .sort((a, b) => order[a.action] - order[b.action])
      .map((child) => [
        { text: child.caseRecordId },
        { text: formatDate(child.values.date_of_birth) },
        { text: whatHappens(child) },
        { text: episodesInWords(child) },
      ]),
    unchangedIds: unchanged.map((child) => child.caseRecordId),
  };
}
