import type { Db } from '../../db/database.ts';
import { can } from '../../platform/access-policy.ts';
import type { SignedInUser } from '../../platform/session.ts';
import { SafetyConcernsService } from '../engagement/safety-concerns.service.ts';
import { JourneyCases } from '../journeys/journey-case.service.ts';
import { JourneyListsService } from '../journeys/journey-lists.service.ts';
import { journeyListModel } from '../journeys/journey-lists.view-model.ts';
import { referralsService } from '../referrals/referrals.service.ts';
import { triageService } from '../referrals/triage.service.ts';

export interface HomeFigures {
  journeys?: ReturnType<typeof journeyListModel>['rows'];
  waitingReferrals?: number;
  /** Accepted referrals still waiting for a coordinator. */
  referralsToMatch?: number;
  myReferrals?: { drafts: number; submitted: number; declined: number };
  /** Safety concerns not yet acknowledged: sent to this social worker, or any (team managers). */
  safetyConcerns?: Awaited<ReturnType<SafetyConcernsService['waitingFor']>>;
}

/** What each person's home page shows, read through the other features' services. */
export class HomeService {
  private readonly journeys: JourneyListsService;
  private readonly referrals: ReturnType<typeof referralsService>;
  private readonly triage: ReturnType<typeof triageService>;
  private readonly concerns: SafetyConcernsService;

  constructor(db: Db) {
    this.journeys = new JourneyListsService(db);
    this.referrals = referralsService(db);
    this.triage = triageService(db);
    this.concerns = new SafetyConcernsService(new JourneyCases(db), db);
  }

  async figuresFor(user: SignedInUser, requestId: string): Promise<HomeFigures> {
    const actor = {
      id: user.id,
      organisationId: user.organisationId,
      roles: user.roles,
      requestId,
    };
    const figures: HomeFigures = {};
    if (can(user.roles, 'cases:read')) {
      const filter = {
        q: undefined,
        kind: undefined,
        stage: undefined,
        status: undefined,
        coordinator: undefined,
      };
      const listed = await this.journeys.list(user, filter, requestId);
      figures.journeys = journeyListModel(user, listed, filter).rows.filter(
        (row) => row.status.text !== 'Ended',
      );
    }
    if (can(user.roles, 'referrals:triage')) {
      figures.waitingReferrals = await this.triage.waitingCount(actor);
      figures.referralsToMatch = await this.triage.toMatchCount(actor);
    }
    if (can(user.roles, 'referrals:make')) {
      const mine = await this.referrals.listMine(actor, undefined);
      figures.myReferrals = {
        drafts: mine.filter((referral) => referral.status === 'draft').length,
        submitted: mine.filter((referral) => referral.status === 'submitted').length,
        declined: mine.filter((referral) => referral.status === 'declined').length,
      };
    }
    if (user.roles.includes('team_manager') || user.roles.includes('social_worker')) {
      figures.safetyConcerns = await this.concerns.waitingFor(user);
    }
    return figures;
  }
}
