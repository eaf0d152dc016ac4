import type { Db } from '../../db/database.ts';
import type { Role } from '../../domain/roles.ts';
import { can } from '../../platform/access-policy.ts';
import type { SignedInUser } from '../../platform/session.ts';
import { DeadlinesService, type HomeDeadlineCounts } from '../deadlines/deadlines.service.ts';
import { SafetyConcernsService } from '../engagement/safety-concerns.service.ts';
import { JourneyCases } from '../journeys/journey-case.service.ts';
import { JourneyListsService } from '../journeys/journey-lists.service.ts';
import { journeyRow } from '../journeys/journey-lists.view-model.ts';
import { referralsService } from '../referrals/referrals.service.ts';
import { triageService } from '../referrals/triage.service.ts';

const SHOWS_JOURNEYS = new Set<Role>(['coordinator', 'iro', 'practice_manager']);

/** Open journeys shown on the home page, most urgent first. */
export const SHOWN_JOURNEYS = 5;

export interface HomeFigures {
  /** The first few open journeys the person can see. */
  journeys?: Array<ReturnType<typeof journeyRow>>;
  /** How many open journeys the person can see (capped: COUNT_CAP + 1 means more). */
  openJourneys?: number;
  waitingReferrals?: number;
  /** Accepted referrals still waiting for a coordinator. */
  referralsToMatch?: number;
  myReferrals?: { drafts: number; submitted: number; declined: number };
  /** Safety concerns not yet acknowledged: sent to this social worker, or any (team managers). */
  safetyConcerns?: Awaited<ReturnType<SafetyConcernsService['waitingFor']>>;
  /** A coordinator's own deadlines, or the team's for a team manager: overdue and this week. */
  deadlines?: HomeDeadlineCounts;
}

/** What each person's home page shows, read through the other features' services. */
export class HomeService {
  private readonly journeys: JourneyListsService;
  private readonly referrals: ReturnType<typeof referralsService>;
  private readonly triage: ReturnType<typeof triageService>;
  private readonly concerns: SafetyConcernsService;
  private readonly deadlines: DeadlinesService;

  constructor(db: Db) {
    this.journeys = new JourneyListsService(db);
    this.referrals = referralsService(db);
    this.triage = triageService(db);
    this.concerns = new SafetyConcernsService(new JourneyCases(db), db);
    this.deadlines = new DeadlinesService(db);
  }

  async figuresFor(user: SignedInUser, requestId: string): Promise<HomeFigures> {
    const actor = {
      id: user.id,
      organisationId: user.organisationId,
      roles: user.roles,
      requestId,
    };
    const figures: HomeFigures = {};
    // Only the sections of coordinators, IROs and practice managers show journeys.
    if (can(user.roles, 'cases:read') && user.roles.some((role) => SHOWS_JOURNEYS.has(role))) {
      const open = await this.journeys.open(user, SHOWN_JOURNEYS, requestId);
      figures.journeys = open.page.rows.map((journey) => journeyRow(journey, open.today));
      figures.openJourneys = open.matching;
    }
    if (can(user.roles, 'referrals:triage')) {
      const waiting = await this.triage.waitingCounts(actor);
      figures.waitingReferrals = waiting.decision;
      figures.referralsToMatch = waiting.coordinator;
    }
    if (can(user.roles, 'referrals:make')) {
      const mine = await this.referrals.countMine(actor);
      figures.myReferrals = {
        drafts: mine.draft,
        submitted: mine.submitted,
        declined: mine.declined,
      };
    }
    if (user.roles.includes('team_manager') || user.roles.includes('social_worker')) {
      figures.safetyConcerns = await this.concerns.waitingFor(user);
    }
    if (user.roles.includes('coordinator') || user.roles.includes('team_manager')) {
      figures.deadlines = await this.deadlines.counts(user);
    }
    return figures;
  }
}
