import { readContent } from '../../domain/plan-content.ts';
import { compareVersions } from '../../domain/plan-document.ts';
import { whenText } from './plan.view-model.ts';
import type { PlanRow, VersionRow } from './plans.repository.ts';

interface VersionListRow {
  number: number;
  created_at: Date;
  ready_at: Date | null;
  agreed_at: Date | null;
  created_by_name: string;
}

function versionState(version: VersionListRow): string {
  if (version.agreed_at) return 'Agreed (locked)';
  if (version.ready_at) return 'With the referrer';
  return 'Draft';
}

/** The versions as table rows: number, who and when, where it stands. */
export function versionRows(_plan: PlanRow, versions: readonly VersionListRow[], href: string) {
  return versions.map((version) => [
    {
      html: `<a class="govuk-link" href="${href}/document?version=${version.number}">Version ${version.number}</a>`,
    },
    { text: `${whenText(version.created_at)}, ${version.created_by_name}` },
    { text: versionState(version) },
  ]);
}

/** The comparison of two versions, as a table of the sections that changed (or all, if asked). */
export function comparison(before: VersionRow, after: VersionRow, fgc: boolean) {
  const sections = compareVersions(readContent(before.content), readContent(after.content), fgc);
  return {
    before: before.number,
    after: after.number,
    changed: sections.filter((section) => section.changed),
    unchanged: sections.filter((section) => !section.changed).map((section) => section.title),
  };
}
