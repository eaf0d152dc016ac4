import type { Tx } from '../../db/database.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import {
  type ChildSearch,
  childrenByIds,
  insertChild,
  type NewChild,
  searchChildren,
} from './children.repository.ts';

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
  search: (tx: Tx, search: ChildSearch) => searchChildren(tx, search),
  byIds: (tx: Tx, ids: readonly string[]) => childrenByIds(tx, ids),

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
