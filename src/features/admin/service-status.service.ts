import type { EmailConfig } from '../../config-email.ts';
import type { Db } from '../../db/database.ts';
import { jobRunsPage } from '../../platform/jobs/job-runs.repository.ts';
import { type PageRequest, pageFrom } from '../../platform/pagination.ts';
import { type Actor, asAdministrator } from './admin-request.ts';
import { failedEmailsPage, peopleWithoutAddress } from './service-status.repository.ts';

export const FAILED_PER_PAGE = 20;
export const RUNS_PER_PAGE = 50;

/** How the service runs, for the organisation's administrators. No child's record is read. */
export class ServiceStatusService {
  constructor(
    private readonly db: Db,
    private readonly email: () => EmailConfig,
  ) {}

  async emailStatus(actor: Actor, request: PageRequest) {
    return asAdministrator(this.db, actor, async (tx) => {
      const unreachable = await peopleWithoutAddress(tx, actor.organisationId);
      const failed = pageFrom(await failedEmailsPage(tx, actor.organisationId, request), request);
      return { delivery: this.email().delivery, unreachable, failed };
    });
  }

  async jobRuns(actor: Actor, page: { beforeId: number | null; onlyFailed: boolean }) {
    const rows = await asAdministrator(this.db, actor, (tx) =>
      jobRunsPage(tx, { ...page, size: RUNS_PER_PAGE + 1 }),
    );
    return { rows: rows.slice(0, RUNS_PER_PAGE), hasMore: rows.length > RUNS_PER_PAGE };
  }
}
