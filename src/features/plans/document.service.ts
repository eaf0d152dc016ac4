import { londonDateOf } from '../../domain/london-time.ts';
import { readContent } from '../../domain/plan-content.ts';
import { longDate, planDocument } from '../../domain/plan-document.ts';
import type { Caller } from '../journeys/journey-case.service.ts';
import type { PlanCase, PlanCases, PlanIds } from './plan-case.ts';
import { versionByNumber, versionsOf } from './plans.repository.ts';
import { comparison } from './versions.view-model.ts';

/** The young people the plan is for, by the names they use. */
function forWhom(open: PlanCase): string {
  const names = open.found.children.map((child) => child.preferred_name ?? child.first_name);
  if (names.length <= 1) return names[0] ?? 'the young person';
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/** The plan as a document (HTML and PDF), and its versions side by side. */
export class DocumentService {
  constructor(readonly cases: PlanCases) {}

  /** One version of the plan as a document: the latest unless a number is given. */
  document(caller: Caller, ids: PlanIds, number: number | null, page: string) {
    return this.cases.plan(caller, ids, 'read', page, async (tx, open) => {
      const version =
        number === null ? open.version : await versionByNumber(tx, open.plan.id, number);
      if (!version) return { outcome: 'no-version' as const };
      const state = version.agreed_at
        ? `Agreed by the referrer on ${longDate(londonDateOf(version.agreed_at))}.`
        : version.ready_at
          ? 'Waiting for the referrer to agree it.'
          : 'A draft: not yet sent to the referrer.';
      return {
        outcome: 'found' as const,
        ...open,
        shown: version,
        title: `The plan for ${forWhom(open)}`,
        about: [
          `Made on ${longDate(open.plan.made_on)}${open.conference.held_as === 'alternative' ? ', without a conference' : ' at the family group conference'}.`,
          `Version ${version.number}. ${state}`,
          `Reference ${open.found.journey.reference ?? ''}`.trim(),
        ],
        sections: planDocument(readContent(version.content), open.fgc),
      };
    });
  }

  /** Every version with who and when; and, when two are named, what changed between them. */
  versions(caller: Caller, ids: PlanIds, from: number | null, to: number | null) {
    return this.cases.plan(caller, ids, 'read', 'plan-versions', async (tx, open) => {
      const versions = await versionsOf(tx, open.plan.id);
      let compared = null;
      if (from !== null && to !== null) {
        const [before, after] = await Promise.all([
          versionByNumber(tx, open.plan.id, Math.min(from, to)),
          versionByNumber(tx, open.plan.id, Math.max(from, to)),
        ]);
        if (before && after) compared = comparison(before, after, open.fgc);
      }
      return { outcome: 'found' as const, ...open, versions, compared };
    });
  }
}
