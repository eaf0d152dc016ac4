import type { Tx } from '../db/database.ts';
import { recordAudit } from './audit/audit.ts';

/** Who looked at a list of children's records. */
export interface ListViewer {
  id: string;
  organisationId: string;
  requestId: string;
}

/**
 * One audit event per view of a list or search that shows children (names, dates of birth,
 * references): what was asked for and how many records answered, never one event per row.
 * A search's words are kept, as they say who was looked for: that is what the audit is for.
 */
export function auditListView(
  tx: Tx,
  viewer: ListViewer,
  list:
    | 'children'
    | 'inbox'
    | 'referrals'
    | 'journeys'
    | 'turning-fifteen'
    | 'supervision'
    | 'unallocated'
    | 'deadlines'
    | 'pathway-plan',
  query: Record<string, unknown>,
  results: number,
): Promise<void> {
  const asked = Object.fromEntries(
    Object.entries(query).filter(
      ([, value]) => value !== undefined && value !== null && value !== '',
    ),
  );
  return recordAudit(tx, {
    organisationId: viewer.organisationId,
    actorUserId: viewer.id,
    action: `${list}.listed`,
    subjectType: 'list',
    requestId: viewer.requestId,
    detail: { query: asked, results },
  });
}
