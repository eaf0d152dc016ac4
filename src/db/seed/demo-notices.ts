import { childName } from '../../domain/person-name.ts';
import type { Db } from '../database.ts';

/**
 * A few notices for the demo coordinator, so the notification centre and the header's count
 * show something on first start: two unread, one read, each linking to the demo journey. Added
 * once, when the coordinator has no notices yet.
 */
export async function seedDemoNotices(
  ownerDb: Db,
  organisationId: string,
  coordinatorEmail: string,
): Promise<void> {
  await ownerDb.transaction().execute(async (tx) => {
    const coordinator = await tx
      .selectFrom('users')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .where('email', '=', coordinatorEmail)
      .executeTakeFirst();
    if (!coordinator) return;
    const already = await tx
      .selectFrom('notifications')
      .select('id')
      .where('organisation_id', '=', organisationId)
      .where('user_id', '=', coordinator.id)
      .limit(1)
      .executeTakeFirst();
    if (already) return;
    const journey = await tx
      .selectFrom('journeys as j')
      .innerJoin('referral_children as rc', 'rc.referral_id', 'j.referral_id')
      .innerJoin('children as c', 'c.id', 'rc.child_id')
      .select(['j.id', 'c.first_name', 'c.last_name', 'c.preferred_name'])
      .where('j.organisation_id', '=', organisationId)
      .where('j.coordinator_id', '=', coordinator.id)
      // Jayden's journey (demo-children.ts): the coordinator now has several, opened the same day.
      .where('c.case_record_id', '=', 'DEMO-1002')
      .orderBy('j.opened_at')
      .executeTakeFirst();
    if (!journey) return;
    const name = childName(journey);
    const link = `/journeys/${journey.id}`;
    const hoursAgo = (hours: number) => new Date(Date.now() - hours * 3_600_000);
    const notice = {
      organisation_id: organisationId,
      user_id: coordinator.id,
      link,
    };
    await tx
      .insertInto('notifications')
      .values([
        {
          ...notice,
          kind: 'work_assigned',
          subject: `You are the coordinator of ${name}’s Lifelong Links journey`,
          created_at: hoursAgo(24 * 24),
          read_at: hoursAgo(24 * 23),
        },
        {
          ...notice,
          kind: 'deadline_reminder',
          subject: `${name}’s planning meeting is coming up`,
          body: 'Check the invitation has gone to everyone who is coming.',
          created_at: hoursAgo(26),
        },
        {
          ...notice,
          kind: 'deadline_reminder',
          subject: `${name}’s consent needs confirming again soon`,
          created_at: hoursAgo(2),
        },
      ])
      .execute();
  });
}
