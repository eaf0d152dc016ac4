import { type Db, inOrganisation, type Tx } from '../../db/database.ts';
import { todayInLondon } from '../../domain/dates.ts';
import type { Role } from '../../domain/roles.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { auditListView } from '../../platform/list-audit.ts';
import { type PageRequest, pageFrom } from '../../platform/pagination.ts';
import { pathwayPlanAnswerForChild } from '../oversight/pathway-plan.service.ts';
import { auditView, casesVisibleTo, mayChange, mayOpen } from './child-access.ts';
import { casesAboutChildren } from './child-cases.repository.ts';
import { childRecord } from './child-record.repository.ts';
import {
  activeStaffWithRole,
  type ChildChanges,
  type ChildRow,
  childrenByIds,
  childrenOfReferral,
  findChild,
  findChildByRecordId,
  insertChild,
  type NewChild,
  possibleMatches,
  staffByIds,
  updateChild,
} from './children.repository.ts';
import type { ChildDetails, ChildIdentity } from './children.schemas.ts';
import { rankMatches } from './children.view-model.ts';
import {
  type ChildSearch,
  childWithRecordId,
  countMatchingCapped,
  registerPage,
  searchChildren,
} from './children-register.repository.ts';

export interface Actor {
  id: string;
  organisationId: string;
  requestId: string;
}

/**
 * The register of children and young people, as other features use it (in their transaction).
 * Callers check the permission (children:search / children:manage) before calling.
 */
export const childrenService = {
  search: (tx: Tx, organisationId: string, search: ChildSearch) =>
    searchChildren(tx, organisationId, search),
  byIds: (tx: Tx, ids: readonly string[]) => childrenByIds(tx, ids),
  ofReferral: (tx: Tx, referralId: string) => childrenOfReferral(tx, referralId),

  async create(tx: Tx, actor: Actor, child: NewChild): Promise<{ id: string }> {
    const created = await insertChild(tx, actor.organisationId, child);
    await recordAudit(tx, {
      organisationId: actor.organisationId,
      actorUserId: actor.id,
      action: 'child.created',
      subjectType: 'child',
      subjectId: created.id,
      requestId: actor.requestId,
    });
    return created;
  },
};

/** The person using the register's pages. */
export interface Viewer extends Actor {
  roles: readonly Role[];
}

export interface RuleBroken {
  field?: string;
  text: string;
}

const RECORD_ID_TAKEN: RuleBroken = {
  field: 'caseRecordId',
  text: 'Another child or young person already has this record ID. Search for them on the register',
};

function isUniqueViolation(error: unknown, constraint: string): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const found = error as { code?: unknown; constraint?: unknown };
  return found.code === '23505' && found.constraint === constraint;
}

export class ChildrenRegister {
  constructor(private readonly db: Db) {}

  private inOrganisationOf<T>(viewer: Viewer, work: (tx: Tx) => Promise<T>): Promise<T> {
    return inOrganisation(
      this.db,
      { organisationId: viewer.organisationId, userId: viewer.id },
      work,
    );
  }

  /**
   * A page of the register or of a search, each child marked with whether this person may open
   * their record. One capped count per view; a record ID that matches exactly is the only match.
   */
  list(viewer: Viewer, search: ChildSearch, page: PageRequest) {
    return this.inOrganisationOf(viewer, async (tx) => {
      const byRecordId = await childWithRecordId(tx, viewer.organisationId, search);
      const found = byRecordId
        ? { rows: [byRecordId], hasPrevious: false, hasNext: false }
        : pageFrom(await registerPage(tx, viewer.organisationId, search, page), page);
      const matching = byRecordId
        ? 1
        : await countMatchingCapped(tx, viewer.organisationId, search);
      const cases = await casesAboutChildren(
        tx,
        viewer.organisationId,
        found.rows.map((row) => row.id),
      );
      const children = found.rows.map((row) => ({
        ...row,
        canOpen: mayOpen(
          viewer,
          row,
          cases.filter((about) => about.childId === row.id),
        ),
      }));
      await auditListView(
        tx,
        viewer,
        'children',
        { ...search, page: page.key ? page.direction : undefined },
        matching,
      );
      return { page: { ...found, rows: children }, matching };
    });
  }

  /** Children who might be the one about to be added, most likely first. */
  possibleMatches(viewer: Viewer, identity: ChildIdentity) {
    return this.inOrganisationOf(viewer, async (tx) => {
      const rows = await possibleMatches(tx, viewer.organisationId, identity);
      const ranked = rankMatches(rows, identity).slice(0, 20);
      const cases = await casesAboutChildren(
        tx,
        viewer.organisationId,
        ranked.map((row) => row.id),
      );
      return ranked.map((row) => ({
        ...row,
        canOpen: mayOpen(
          viewer,
          row,
          cases.filter((found) => found.childId === row.id),
        ),
      }));
    });
  }

  /** A child's full record, if this person may open it; the read is audited. */
  record(viewer: Viewer, childId: string) {
    return this.inOrganisationOf(viewer, async (tx) => {
      // Two reads: the record (child, allocated people, chronology), then the cases about the
      // child, which decide whether this person may open it. Nothing is shown unless they may.
      const found = await childRecord(tx, viewer.organisationId, childId);
      if (!found) return undefined;
      const { child, staff, chronology } = found;
      const cases = await casesAboutChildren(tx, viewer.organisationId, [childId]);
      if (!mayOpen(viewer, child, cases)) return undefined;
      await auditView(tx, viewer, childId, 'record');
      return {
        child,
        // The pathway plan's question, for young people aged 16 or over and care leavers.
        pathwayPlan: await pathwayPlanAnswerForChild(tx, child, todayInLondon()),
        chronology,
        cases: casesVisibleTo(viewer, cases),
        staff,
        canChange: mayChange(viewer, child, cases),
      };
    });
  }

  /** Whom a child can be allocated to; on a change, the people already allocated stay listed. */
  private async staffChoices(tx: Tx, child?: ChildRow) {
    const [socialWorkers, iros] = await Promise.all([
      activeStaffWithRole(tx, 'social_worker'),
      activeStaffWithRole(tx, 'iro'),
    ]);
    const current = await staffByIds(
      tx,
      [child?.social_worker_id, child?.iro_id].filter((id): id is string => Boolean(id)),
    );
    const withCurrent = (list: typeof socialWorkers, id: string | null | undefined) => {
      const person = current.find((found) => found.id === id);
      if (!person || list.some((found) => found.id === person.id)) return list;
      return [
        ...list,
        { id: person.id, display_name: `${person.display_name} (no longer active)` },
      ];
    };
    return {
      socialWorkers: withCurrent(socialWorkers, child?.social_worker_id),
      iros: withCurrent(iros, child?.iro_id),
    };
  }

  formChoices(viewer: Viewer) {
    return this.inOrganisationOf(viewer, (tx) => this.staffChoices(tx));
  }

  /**
   * A child to change, with the form's choices; undefined if this person may not open them.
   * Showing the form shows their record, so that read is audited too.
   */
  childToChange(viewer: Viewer, childId: string, options: { showing: boolean }) {
    return this.inOrganisationOf(viewer, async (tx) => {
      const child = await findChild(tx, childId);
      if (
        !child ||
        !mayChange(viewer, child, await casesAboutChildren(tx, viewer.organisationId, [childId]))
      ) {
        return undefined;
      }
      if (options.showing) await auditView(tx, viewer, childId, 'change');
      return { child, choices: await this.staffChoices(tx, child) };
    });
  }

  private async refusal(
    tx: Tx,
    details: ChildDetails,
    child?: ChildRow,
  ): Promise<RuleBroken | null> {
    const { socialWorkers, iros } = await this.staffChoices(tx, child);
    if (details.social_worker_id && !socialWorkers.some((p) => p.id === details.social_worker_id)) {
      return { field: 'socialWorkerId', text: 'Select a social worker from the list' };
    }
    if (details.iro_id && !iros.some((p) => p.id === details.iro_id)) {
      return { field: 'iroId', text: 'Select an IRO from the list' };
    }
    if (details.case_record_id) {
      const same = await findChildByRecordId(tx, details.case_record_id);
      if (same && same.id !== child?.id) return RECORD_ID_TAKEN;
    }
    return null;
  }

  async create(viewer: Viewer, details: ChildDetails) {
    try {
      return await this.inOrganisationOf(viewer, async (tx) => {
        const rule = await this.refusal(tx, details);
        if (rule) return { outcome: 'refused', rule } as const;
        const created = await childrenService.create(tx, viewer, details);
        return { outcome: 'created', childId: created.id } as const;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'children_case_record_unique')) {
        return { outcome: 'refused', rule: RECORD_ID_TAKEN } as const;
      }
      throw error;
    }
  }

  async update(viewer: Viewer, childId: string, details: ChildDetails) {
    try {
      return await this.inOrganisationOf(viewer, async (tx) => {
        const child = await findChild(tx, childId, { forUpdate: true });
        if (
          !child ||
          !mayChange(viewer, child, await casesAboutChildren(tx, viewer.organisationId, [childId]))
        ) {
          return { outcome: 'not-found' } as const;
        }
        const rule = await this.refusal(tx, details, child);
        if (rule) return { outcome: 'refused', rule } as const;
        const changes: ChildChanges = {};
        const fields = (Object.keys(details) as Array<keyof ChildDetails>).filter(
          (field) => details[field] !== child[field],
        );
        for (const field of fields) Object.assign(changes, { [field]: details[field] });
        if (fields.length > 0) {
          await updateChild(tx, childId, changes);
          await recordAudit(tx, {
            organisationId: viewer.organisationId,
            actorUserId: viewer.id,
            action: 'child.updated',
            subjectType: 'child',
            subjectId: childId,
            requestId: viewer.requestId,
            detail: { fields },
          });
        }
        return { outcome: 'updated', fields } as const;
      });
    } catch (error) {
      if (isUniqueViolation(error, 'children_case_record_unique')) {
        return { outcome: 'refused', rule: RECORD_ID_TAKEN } as const;
      }
      throw error;
    }
  }
}
