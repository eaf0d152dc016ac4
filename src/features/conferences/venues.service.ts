import { z } from 'zod';
import { type Db, inOrganisation } from '../../db/database.ts';
import { recordAudit } from '../../platform/audit/audit.ts';
import { optionalText, requiredText, ticked } from '../journeys/form-fields.ts';
import {
  findVenue,
  insertVenue,
  updateVenue,
  type VenueDetails,
  venuesOf,
} from './conferences.repository.ts';

/** The administrator keeping the venue list (no child's record is read here). */
export interface Actor {
  id: string;
  organisationId: string;
  requestId: string;
}

export const venueSchema = z
  .object({
    name: requiredText('Enter the venue’s name', 200, 'The name must be 200 characters or fewer'),
    address: requiredText(
      'Enter the venue’s address',
      500,
      'The address must be 500 characters or fewer',
    ),
    accessibility: optionalText(2000, 'Accessibility must be 2,000 characters or fewer'),
    notes: optionalText(2000, 'The notes must be 2,000 characters or fewer'),
    withdrawn: ticked,
  })
  .transform(
    (data): VenueDetails => ({
      name: data.name,
      address: data.address,
      accessibility: data.accessibility,
      notes: data.notes,
      active: !data.withdrawn,
    }),
  );

const sameName = {
  outcome: 'refused',
  reason: 'A venue with this name is already on the list',
  field: 'name',
} as const;

function isNameTaken(error: unknown): boolean {
  const { code, constraint } = (error ?? {}) as { code?: unknown; constraint?: unknown };
  return code === '23505' && constraint === 'conference_venues_name';
}

/** The organisation's neutral venues for conferences. */
export class VenuesService {
  constructor(private readonly db: Db) {}

  private run<T>(actor: Actor, work: Parameters<typeof inOrganisation<T>>[2]) {
    return inOrganisation(
      this.db,
      { organisationId: actor.organisationId, userId: actor.id },
      work,
    );
  }

  list(actor: Actor) {
    return this.run(actor, (tx) => venuesOf(tx, { activeOnly: false }));
  }

  get(actor: Actor, venueId: string) {
    return this.run(actor, (tx) => findVenue(tx, venueId));
  }

  async save(actor: Actor, venueId: string | null, venue: VenueDetails) {
    try {
      return await this.run(actor, async (tx) => {
        let id = venueId;
        if (id) {
          if (!(await findVenue(tx, id))) return { outcome: 'not-found' as const };
          await updateVenue(tx, id, venue);
        } else {
          ({ id } = await insertVenue(tx, actor.organisationId, venue));
        }
        await recordAudit(tx, {
          organisationId: actor.organisationId,
          actorUserId: actor.id,
          action: venueId ? 'venue.changed' : 'venue.added',
          subjectType: 'conference_venue',
          subjectId: id,
          requestId: actor.requestId,
          detail: { active: venue.active },
        });
        return { outcome: 'saved' as const, venueId: id };
      });
    } catch (error) {
      if (isNameTaken(error)) return sameName;
      throw error;
    }
  }
}
