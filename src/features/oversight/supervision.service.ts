import { type Db, inOrganisation } from '../../db/database.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { TURNING_AGE } from '../../domain/turning-fifteen.ts';
import { oversightScope } from '../../platform/access-policy.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditListView } from '../../platform/list-audit.ts';
import { type PageRequest, pageFrom } from '../../platform/pagination.ts';
import type { SignedInUser } from '../../platform/session.ts';
import { childReferralMade } from './pathway-plan.repository.ts';
import {
  insertDecision,
  lookedAfterChild,
  supervisionPage,
  unallocatedPage,
} from './supervision.repository.ts';
import type { DecisionForm } from './supervision.schemas.ts';

export const SUPERVISION_PAGE_SIZE = 50;

/**
 * The last date of birth of someone aged `age` or over on `today`. Someone born on 29 February is
 * counted from 1 March in a non-leap year (ADR 0026): that needs nothing special here, as 29
 * February comes before 1 March. Only today's 29 February has no match in a non-leap birth year.
 */
export function bornByForAge(today: string, age: number): string {
  const [year, month, day] = today.split('-').map(Number) as [number, number, number];
  const birthYear = year - age;
  const leap = (birthYear % 4 === 0 && birthYear % 100 !== 0) || birthYear % 400 === 0;
  const lastDay = month === 2 && day === 29 && !leap ? 28 : day;
  return `${birthYear}-${String(month).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}`;
}

export type DecisionOutcome =
  | {
      outcome: 'done';
      name: { first_name: string; last_name: string; preferred_name: string | null };
    }
  | { outcome: 'not-found' }
  | { outcome: 'referred' };

type Viewer = SignedInUser & { requestId: string };

/**
 * Supervision decisions: practice and operations managers see every looked-after young person
 * aged 15 or over without a Lifelong Links referral and record why not now, with a date to look
 * again; when that date comes the young person is back on the list. Social workers and IROs see
 * their own young people.
 */
export class SupervisionService {
  constructor(private readonly db: Db) {}

  private scoped<T>(viewer: Viewer, work: Parameters<typeof inOrganisation<T>>[2]) {
    return inOrganisation(
      this.db,
      { organisationId: viewer.organisationId, userId: viewer.id },
      work,
    );
  }

  list(viewer: Viewer, q: string | undefined, page: PageRequest, now = new Date()) {
    const today = todayInLondon(now);
    const scope = oversightScope(viewer);
    return this.scoped(viewer, async (tx) => {
      const fetched = await supervisionPage(
        tx,
        viewer.organisationId,
        { bornBy: bornByForAge(today, TURNING_AGE), today, q },
        scope,
        page,
      );
      const rows = pageFrom(fetched, page);
      await auditListView(tx, viewer, 'supervision', { q }, rows.rows.length);
      return { page: rows, everyone: scope.everything, today };
    });
  }

  unallocated(viewer: Viewer, page: PageRequest) {
    return this.scoped(viewer, async (tx) => {
      const rows = pageFrom(await unallocatedPage(tx, viewer.organisationId, page), page);
      await auditListView(tx, viewer, 'unallocated', {}, rows.rows.length);
      return rows;
    });
  }

  /** The young person the decision is about; the read is audited. */
  child(viewer: Viewer, childId: string) {
    return this.scoped(viewer, async (tx) => {
      const child = await lookedAfterChild(tx, viewer.organisationId, childId);
      if (!child?.looked_after) return undefined;
      await recordAudit(tx, {
        organisationId: viewer.organisationId,
        actorUserId: viewer.id,
        action: 'child.viewed',
        subjectType: 'child',
        subjectId: childId,
        requestId: viewer.requestId,
        detail: { view: 'supervision-decision' },
      });
      return child;
    });
  }

  recordDecision(viewer: Viewer, childId: string, form: DecisionForm): Promise<DecisionOutcome> {
    return this.scoped(viewer, async (tx): Promise<DecisionOutcome> => {
      const child = await lookedAfterChild(tx, viewer.organisationId, childId);
      if (!child?.looked_after) return { outcome: 'not-found' };
      if (await childReferralMade(tx, viewer.organisationId, childId))
        return { outcome: 'referred' };
      const decisionId = await insertDecision(tx, {
        organisationId: viewer.organisationId,
        childId,
        reason: form.reason,
        details: form.details,
        discussedOn: form.discussedOn,
        lookAgainOn: form.lookAgainOn,
        recordedBy: viewer.id,
      });
      await recordAudit(tx, {
        organisationId: viewer.organisationId,
        actorUserId: viewer.id,
        action: 'supervision-decision.recorded',
        subjectType: 'child',
        subjectId: childId,
        requestId: viewer.requestId,
        detail: { decisionId, reason: form.reason, lookAgainOn: form.lookAgainOn },
      });
      return { outcome: 'done', name: child };
    });
  }
}
