import type { Tx } from '../../db/database.ts';
import { londonDateOf } from '../../domain/london-time.ts';
import { networkPersonName } from '../../domain/person-name.ts';
import {
  emptyContent,
  ownerRefusal,
  type PlanContent,
  type PlanOwner,
  planStartRefusal,
  readContent,
  readyProblems,
} from '../../domain/plan-content.ts';
import { offeredMembers } from '../conferences/conference.service.ts';
import { dayOf as conferenceDayOf } from '../conferences/day/day.repository.ts';
import { auditJourney, type Caller, type Refused } from '../journeys/journey-case.service.ts';
import { memberFacts, networkService } from '../network/network.service.ts';
import { tellReferrerPlanIsReady } from './plan.notices.ts';
import { type PlanCase, type PlanCases, type PlanIds, withPlan } from './plan-case.ts';
import {
  decisionsOf,
  everReady,
  insertPlan,
  insertVersion,
  markVersion,
  planOfConference,
  touchPlan,
  updateDraft,
  versionById,
  versionDecided,
  versionsOf,
} from './plans.repository.ts';
import type { OwnerChoice } from './plans.schemas.ts';

export type Saved = { outcome: 'saved'; version: number };
const refused = (reason: string, field?: string): Refused =>
  field ? { outcome: 'refused', reason, field } : { outcome: 'refused', reason };

/**
 * Writing the plan (ADR 0030): it starts as one draft version, changed in place; once a version
 * has gone to the referrer, every change is a new whole version, ready for the referrer.
 */
export class PlanService {
  constructor(readonly cases: PlanCases) {}

  /** The plan's page: the task list, or (no plan yet) whether one can be started. */
  overview(caller: Caller, ids: PlanIds) {
    return this.cases.conference(caller, ids, 'read', 'plan', async (tx, open) => {
      const base = { outcome: 'found' as const, ...open, now: new Date() };
      const plan = await withPlan(tx, open, false);
      if (!plan) {
        // The page offers to start the plan only when starting would be allowed: the same rule.
        const cannotStart = await this.startRefusal(tx, open.conference, ids.conferenceId);
        return { ...base, plan: null, versions: [], decisions: [], cannotStart };
      }
      return {
        ...base,
        plan,
        versions: await versionsOf(tx, plan.plan.id),
        decisions: await decisionsOf(tx, plan.plan.id),
      };
    });
  }

  /** Starts the plan: made on the conference's day, or the day the alternative decided. */
  start(caller: Caller, ids: PlanIds, madeOn: string | null) {
    return this.cases.conference(caller, ids, 'work', 'plan-start', async (tx, open) => {
      const { conference } = open;
      const day = await conferenceDayOf(tx, ids.conferenceId);
      const why = await this.startRefusal(tx, conference, ids.conferenceId);
      if (why) return refused(why);
      if (await planOfConference(tx, ids.conferenceId)) {
        return refused('This conference already has a plan');
      }
      // Made on the day it was held (as recorded, or as planned), or the alternative's day.
      const heldAt = day?.status === 'held' && day.held_from ? day.held_from : conference.starts_at;
      const madeDay =
        conference.held_as === 'alternative' || !heldAt ? madeOn : londonDateOf(heldAt);
      if (!madeDay) return refused('Enter the day the decision was made', 'madeOn-day');
      const organisationId = caller.user.organisationId;
      const { id } = await insertPlan(tx, organisationId, {
        journey_id: ids.journeyId,
        conference_id: ids.conferenceId,
        made_on: madeDay,
        created_by: caller.user.id,
      });
      // A review works from the plan it reviews: its first draft is that version, to change.
      const reviewed = conference.reviews_plan_version_id
        ? await versionById(tx, conference.reviews_plan_version_id)
        : undefined;
      await insertVersion(tx, organisationId, {
        plan_id: id,
        number: 1,
        content: reviewed ? readContent(reviewed.content) : emptyContent(),
        created_by: caller.user.id,
        ready: false,
      });
      await auditJourney(tx, caller, ids.journeyId, 'plan.started', {
        conferenceId: ids.conferenceId,
        planId: id,
        ...(reviewed ? { fromVersionId: reviewed.id } : {}),
      });
      return { outcome: 'saved', version: 1 } satisfies Saved;
    });
  }

  /** Why the conference's plan cannot be started yet (or at all), from what was recorded of its day. */
  private async startRefusal(
    tx: Tx,
    conference: { held_as: 'conference' | 'alternative'; starts_at: Date | null },
    conferenceId: string,
  ) {
    const day = await conferenceDayOf(tx, conferenceId);
    return planStartRefusal(
      {
        heldAs: conference.held_as,
        startsAt: conference.starts_at,
        dayStatus: day?.status ?? null,
      },
      new Date(),
    );
  }

  /** A change page: the plan as it stands, and the people who may be named in it. */
  formPage(caller: Caller, ids: PlanIds, page: string) {
    return this.cases.plan(caller, ids, 'work', page, async (tx, open) => ({
      outcome: 'found' as const,
      ...open,
      people: await offeredMembers(tx, open.found, caller.user.organisationId),
    }));
  }

  /** Changes the plan's content: the draft in place, or (once with the referrer) a new version. */
  change(
    caller: Caller,
    ids: PlanIds,
    section: string,
    edit: (tx: Tx, open: PlanCase) => Promise<PlanContent | Refused>,
  ) {
    return this.cases.plan(caller, ids, 'work', `plan-${section}`, async (tx, open) => {
      const next = await edit(tx, open);
      if ('outcome' in next) return next;
      const sent = await everReady(tx, open.plan.id);
      let number = open.version.number;
      if (sent || open.version.agreed_at) {
        number += 1;
        await insertVersion(tx, caller.user.organisationId, {
          plan_id: open.plan.id,
          number,
          content: next,
          created_by: caller.user.id,
          ready: true,
        });
        // A changed plan the referrer had already decided on waits for their decision again.
        if (open.version.agreed_at || (await versionDecided(tx, open.version.id))) {
          await tellReferrerPlanIsReady(tx, caller, open, number);
        }
      } else {
        await updateDraft(tx, open.version.id, next);
      }
      await touchPlan(tx, open.plan.id);
      await auditJourney(tx, caller, ids.journeyId, 'plan.changed', {
        planId: open.plan.id,
        section,
        version: number,
      });
      return { outcome: 'saved', version: number } satisfies Saved;
    });
  }

  /**
   * The owner of an action, or the monitor, as the plan names them. A person in the network must
   * be one of these young people's, and not someone they said no to or who is not safe.
   */
  async owner(
    tx: Tx,
    open: PlanCase,
    choice: OwnerChoice,
    role: 'action' | 'monitor',
  ): Promise<PlanOwner | Refused> {
    if (choice.kind === 'professional') return choice;
    const member = await networkService.member(tx, choice.memberId);
    const ours = open.found.children.some((child) => child.id === member?.child_id);
    if (!member || !ours) return refused('Select a person from the list', 'memberId');
    const safety = await networkService.safetyFactsOf(tx, [member.id]);
    const why = ownerRefusal(memberFacts(member), safety.get(member.id) ?? null, role);
    if (why) return refused(why, 'memberId');
    return { kind: 'member', memberId: member.id, name: networkPersonName(member) };
  }

  /** Sends the plan to the referrer, once its core is written. */
  markReady(caller: Caller, ids: PlanIds) {
    return this.cases.plan(caller, ids, 'work', 'plan-ready', async (tx, open) => {
      if (open.version.agreed_at) return refused('This version of the plan is already agreed');
      if (open.version.ready_at) return refused('The plan is already with the referrer');
      const problems = readyProblems(open.content);
      if (problems.length > 0) return refused(problems.join('. '));
      await markVersion(tx, open.version.id, 'ready_at');
      await tellReferrerPlanIsReady(tx, caller, open, open.version.number);
      await auditJourney(tx, caller, ids.journeyId, 'plan.ready', {
        planId: open.plan.id,
        version: open.version.number,
      });
      return { outcome: 'saved', version: open.version.number } satisfies Saved;
    });
  }
}
