import type { MemberStatus } from '../../../db/schema.ts';
import { type PageRequest, pageRequest } from '../../../platform/pagination.ts';
import type { Caller } from '../../journeys/journey-case.service.ts';
import { networkService, PAGE_SIZE } from '../network.service.ts';
import type { NetworkCases } from '../network-case.ts';
import { BOARD_GROUPS, type BoardGroup } from '../network-labels.ts';

export interface BoardQuery {
  child?: string | null;
  status?: string | undefined;
  after?: string | undefined;
  before?: string | undefined;
}

export function boardGroupFrom(value: unknown): BoardGroup | undefined {
  return typeof value === 'string' && (BOARD_GROUPS as readonly string[]).includes(value)
    ? (value as BoardGroup)
    : undefined;
}

/** The network board: a child's members by status, with counts; the IRO sees the counts only. */
export class BoardService {
  constructor(private readonly networks: NetworkCases) {}

  board(caller: Caller, journeyId: string, query: BoardQuery) {
    const status = boardGroupFrom(query.status);
    const request: PageRequest = pageRequest(query, 3, PAGE_SIZE);
    return this.networks.open(
      caller,
      journeyId,
      query.child ?? null,
      'summary',
      'board',
      async (tx, network) => {
        const organisationId = caller.user.organisationId;
        const counts = await networkService.counts(tx, organisationId, network.child.id);
        if (network.view !== 'full') {
          return { outcome: 'found' as const, network, counts, status, page: null };
        }
        const page = await networkService.membersPage(
          tx,
          organisationId,
          network.child.id,
          { status: status as MemberStatus | 'closed' | undefined },
          request,
        );
        return { outcome: 'found' as const, network, counts, status, page };
      },
    );
  }
}

export type Board = Exclude<
  Awaited<ReturnType<BoardService['board']>>,
  { outcome: 'not-found' | 'ended' }
>;
