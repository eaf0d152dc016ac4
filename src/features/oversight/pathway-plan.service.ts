import { stringify } from 'csv-stringify/sync';
import { type Db, inOrganisation, type Tx } from '../../db/database.ts';
import { ageOn } from '../../domain/consent-rules.ts';
import { todayInLondon } from '../../domain/dates.ts';
import { londonDateOf } from '../../domain/london-time.ts';
import {
  PATHWAY_PLAN_AGE,
  PATHWAY_PLAN_QUESTION,
  type PathwayPlanAnswer,
  pathwayPlanAnswer,
  pathwayPlanApplies,
} from '../../domain/pathway-plan.ts';
import { auditListView } from '../../platform/list-audit.ts';
import type { SignedInUser } from '../../platform/session.ts';
import {
  type LifelongLinksFacts,
  lifelongLinksOfChild,
  pathwayPlanRows,
  pathwayPlanWithoutRecordId,
} from './pathway-plan.repository.ts';
import { bornByForAge } from './supervision.service.ts';

const ukDate = (instant: string | null) => (instant ? londonDateOf(new Date(instant)) : null);

function answerFrom(facts: LifelongLinksFacts | null): PathwayPlanAnswer {
  return pathwayPlanAnswer(
    facts
      ? {
          journeyStage: facts.journey_stage,
          journeyStatus: facts.journey_status,
          startedOn: ukDate(facts.journey_opened_at),
          endedOn: ukDate(facts.journey_ended_at),
          referredOn: ukDate(facts.referral_submitted_at),
        }
      : null,
  );
}

/**
 * The answer for one young person's page, or null when the question is not asked of them.
 * Called by the children feature inside its own (audited) read of the record.
 */
export async function pathwayPlanAnswerForChild(
  tx: Tx,
  child: { id: string; organisation_id: string; date_of_birth: string; care_leaver_status: string },
  today: string,
): Promise<PathwayPlanAnswer | null> {
  if (!pathwayPlanApplies(ageOn(child.date_of_birth, today), child.care_leaver_status)) return null;
  return answerFrom(await lifelongLinksOfChild(tx, child.organisation_id, child.id));
}

export const CSV_HEADER = [
  'Main record ID',
  PATHWAY_PLAN_QUESTION,
  'Stage',
  'Status',
  'Support started',
  'Support ended',
  'Referral made',
];

/** The pathway-plan answers as CSV, for the council's case-record system. */
export class PathwayPlanService {
  constructor(private readonly db: Db) {}

  private scoped<T>(user: SignedInUser, work: (tx: Tx) => Promise<T>) {
    return inOrganisation(this.db, { organisationId: user.organisationId, userId: user.id }, work);
  }

  summary(user: SignedInUser, now = new Date()) {
    const bornBy = bornByForAge(todayInLondon(now), PATHWAY_PLAN_AGE);
    return this.scoped(user, async (tx) => ({
      withoutRecordId: await pathwayPlanWithoutRecordId(tx, user.organisationId, bornBy),
    }));
  }

  /**
   * Every cell is written so that no spreadsheet runs it as a formula (csv-stringify's
   * `escape_formulas`, as the SSDA903 findings are): a main record ID comes from an import.
   */
  csv(user: SignedInUser, requestId: string, now = new Date()) {
    const bornBy = bornByForAge(todayInLondon(now), PATHWAY_PLAN_AGE);
    return this.scoped(user, async (tx) => {
      const rows = await pathwayPlanRows(tx, user.organisationId, bornBy);
      await auditListView(
        tx,
        { ...user, requestId },
        'pathway-plan',
        { export: 'csv' },
        rows.length,
      );
      const records = rows.map((row) => {
        const answer = answerFrom(row.support);
        return [
          row.case_record_id ?? '',
          answer.answer,
          answer.stage ?? '',
          answer.status ?? '',
          answer.startedOn ?? '',
          answer.endedOn ?? '',
          answer.referredOn ?? '',
        ];
      });
      return stringify([CSV_HEADER, ...records], {
        escape_formulas: true,
        record_delimiter: 'windows',
      });
    });
  }
}
