import type { StoredFinding } from '../../db/schema.ts';
import { formatDateTime } from '../../platform/date-format.ts';
import { countRows, findingsTable } from './ssda903-import.view-model.ts';
import type { ImportRunSummary } from './ssda903-runs.repository.ts';

/** The import history page and one run's page. */

function whoRan(run: ImportRunSummary): string {
  if (run.via === 'command-line') return 'The command line';
  return run.importedBy ?? 'Someone who no longer has an account';
}

function findingsInWords(count: number): string {
  if (count === 0) return 'None';
  return `${count} ${count === 1 ? 'finding' : 'findings'}`;
}

export function historyRows(runs: readonly ImportRunSummary[]) {
  return runs.map((run) => ({
    href: `/children/import/runs/${run.id}`,
    when: formatDateTime(run.importedAt),
    who: whoRan(run),
    files: `${run.headerFileName}, ${run.episodesFileName}`,
    children: `${run.counts.childrenAdded} added, ${run.counts.childrenUpdated} updated, ${run.counts.childrenUnchanged} unchanged`,
    episodes: `${run.counts.episodesAdded} added, ${run.counts.episodesUpdated} updated, ${run.counts.episodesUnchanged} unchanged`,
    findings: findingsInWords(run.findingCount),
  }));
}

export function runPage(run: ImportRunSummary & { findings: StoredFinding[] }) {
  const when = formatDateTime(run.importedAt);
  return {
    title: `Import of ${when}`,
    csvHref: `/children/import/runs/${run.id}/findings.csv`,
    details: [
      { key: { text: 'Imported by' }, value: { text: whoRan(run) } },
      { key: { text: 'Header file' }, value: { text: run.headerFileName } },
      { key: { text: 'Episodes file' }, value: { text: run.episodesFileName } },
      ...countRows(run.counts, 'did'),
      {
        key: { text: 'Data-quality findings' },
        value: { text: findingsInWords(run.findingCount) },
      },
    ],
    ...findingsTable(run.findings),
  };
}
