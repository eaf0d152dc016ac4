import type { Db } from '../../db/database.ts';
import { inOrganisation } from '../../db/database.ts';
import { canReadNetworkSensitive } from '../../platform/access-policy.ts';
import type { SignedInUser } from '../../platform/session.ts';
import {
  auditJourney,
  type Caller,
  type JourneyCases,
  NOT_FOUND,
} from '../journeys/journey-case.service.ts';
import { notify } from '../notifications/notify.service.ts';
import {
  findConcern,
  insertConcern,
  markAcknowledged,
  waitingConcerns,
} from './safety-concerns.repository.ts';
import type { ConcernForm } from './safety-concerns.schemas.ts';

/**
 * Safety concerns (DOMAIN.md, "Safety information"): a coordinator records a concern, and it is
 * sent at once to the child's social worker, who sees it on their home page until they
 * acknowledge it; team managers see every concern not yet acknowledged. Concerns are sensitive:
 * only the coordinator, team managers and the social worker it was sent to read them.
 */
export class SafetyConcernsService {
  constructor(
    private readonly cases: JourneyCases,
    private readonly db: Db,
  ) {}

  page(caller: Caller, journeyId: string) {
    return this.cases.formPage(caller, journeyId, 'new-safety-concern', async (_tx, found) => ({
      outcome: 'found' as const,
      found,
    }));
  }

  raise(caller: Caller, journeyId: string, form: ConcernForm) {
    return this.cases.change(caller, journeyId, async (tx, found) => {
      const child = found.children.find((each) => each.id === form.childId);
      if (!child) {
        return {
          outcome: 'refused',
          reason: 'Select which child the concern is about',
          field: 'childId',
        };
      }
      const { id } = await insertConcern(
        tx,
        {
          organisationId: caller.user.organisationId,
          journeyId: found.journey.id,
          raisedBy: caller.user.id,
        },
        { ...form, socialWorkerId: child.social_worker_id },
      );
      // The social worker hears at once: a notice in Kindred, and an email if they want one.
      if (child.social_worker_id) {
        await notify(tx, {
          organisationId: caller.user.organisationId,
          userId: child.social_worker_id,
          kind: 'safety_concern',
          subject: 'A safety concern has been recorded. Read it and say you have seen it.',
          link: `/journeys/${found.journey.id}/safety-concerns/${id}`,
        });
      }
      await auditJourney(tx, caller, found.journey.id, 'safety-concern.raised', {
        safetyConcernId: id,
        about: form.about,
        sentToSocialWorker: child.social_worker_id !== null,
      });
      return { outcome: 'done' };
    });
  }

  concern(caller: Caller, journeyId: string, concernId: string) {
    return this.cases.run(caller, journeyId, 'see', async (tx, found) => {
      const concern = await findConcern(tx, found.journey.id, concernId);
      if (!concern) return NOT_FOUND;
      if (!canReadNetworkSensitive(caller.user, found.parties, concern.social_worker_id)) {
        return NOT_FOUND;
      }
      await auditJourney(tx, caller, found.journey.id, 'safety-concern.viewed', {
        safetyConcernId: concern.id,
      });
      return {
        outcome: 'found' as const,
        found,
        concern,
        canAcknowledge:
          concern.acknowledged_at === null && concern.social_worker_id === caller.user.id,
      };
    });
  }

  /** Only the social worker it was sent to acknowledges it; again changes nothing. */
  acknowledge(caller: Caller, journeyId: string, concernId: string) {
    return this.cases.run(caller, journeyId, 'see', async (tx, found) => {
      const concern = await findConcern(tx, found.journey.id, concernId);
      if (!concern || concern.social_worker_id !== caller.user.id) return NOT_FOUND;
      const changed = await markAcknowledged(tx, concern.id, caller.user.id);
      if (Number(changed.numUpdatedRows) > 0) {
        await auditJourney(tx, caller, found.journey.id, 'safety-concern.acknowledged', {
          safetyConcernId: concern.id,
        });
      }
      return { outcome: 'done' as const };
    });
  }

  /** For the home page: concerns waiting for this social worker, or for any (team managers). */
  waitingFor(user: SignedInUser) {
    const asManager = user.roles.includes('team_manager');
    if (!asManager && !user.roles.includes('social_worker')) return Promise.resolve([]);
    return inOrganisation(this.db, { organisationId: user.organisationId, userId: user.id }, (tx) =>
      waitingConcerns(tx, user.organisationId, asManager ? null : user.id, 10),
    );
  }
}
