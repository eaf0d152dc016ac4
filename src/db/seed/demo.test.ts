import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { connectDatabase, type DatabaseHandle } from '../database.ts';
import { DEMO_ACCOUNTS, seedDemo } from './demo.ts';

let owner: DatabaseHandle;

beforeAll(() => {
  owner = connectDatabase(inject('ownerUrl'), pino({ level: 'silent' }));
});
afterAll(() => owner.close());

describe('the demo organisation', () => {
  it('has a user for every role and a living service, and can be seeded again safely', async () => {
    await seedDemo(owner.db);
    await seedDemo(owner.db);
    const organisation = await owner.db
      .selectFrom('organisations')
      .select('id')
      .where('code', '=', 'DEMO')
      .executeTakeFirstOrThrow();
    const users = await owner.db
      .selectFrom('users')
      .select('roles')
      .where('organisation_id', '=', organisation.id)
      .execute();
    expect(users.flatMap((user) => user.roles).sort()).toEqual(
      DEMO_ACCOUNTS.map((a) => a.role).sort(),
    );
    const count = async (table: 'children' | 'referrals' | 'journeys') =>
      (
        await owner.db
          .selectFrom(table)
          .select('id')
          .where('organisation_id', '=', organisation.id)
          .execute()
      ).length;
    // Ten from the cases and the networks, seven more for the turning-15 list and supervision
    // (demo-oversight.ts), Kacper at stage 5 with a conference being planned (issue 8),
    // (demo-conference-day.ts) Precious's conference held yesterday and the Fenwick children's
    // FGC with its outcome, Maya whose conference was held, with a plan waiting for the referrer
    // (demo-plan.ts), and Amara, Leon and Ruby at stages 6 and 7 with a plan
    // (demo-plan-handover.ts).
    expect(await count('children')).toBe(30);
    expect(await count('referrals')).toBe(20);
    expect(await count('journeys')).toBe(14);
    const conferences = await owner.db
      .selectFrom('conferences')
      .select('id')
      .where('organisation_id', '=', organisation.id)
      .execute();
    expect(conferences).toHaveLength(7);
    const days = await owner.db
      .selectFrom('conference_days')
      .select('status')
      .where('organisation_id', '=', organisation.id)
      .execute();
    expect(days.map((day) => day.status)).toEqual(['held', 'held']);
    const register = await owner.db
      .selectFrom('conference_attendance')
      .select('id')
      .where('organisation_id', '=', organisation.id)
      .execute();
    expect(register).toHaveLength(3);
    const outcomes = await owner.db
      .selectFrom('journey_outcomes')
      .select('outcome')
      .where('organisation_id', '=', organisation.id)
      .execute();
    expect(outcomes.map((row) => row.outcome)).toEqual(['alternative_carers_found']);
    // One plan sent out on time, one overdue with nothing sent, one handed over at stage 7
    // (demo-plan-handover.ts's references, LL-2026-0071 to 0073).
    const plans = await owner.db
      .selectFrom('plans')
      .innerJoin('journeys', 'journeys.id', 'plans.journey_id')
      .innerJoin('referrals', 'referrals.id', 'journeys.referral_id')
      .select([
        'journeys.stage',
        sql<number>`(select count(*)::int from plan_recipients r where r.plan_id = plans.id
          and r.sent_on is null)`.as('unsent'),
        sql<number>`(select count(*)::int from plan_iro_copies c where c.plan_id = plans.id)`.as(
          'iro_copies',
        ),
        sql<number>`(select count(*)::int from plan_care_plan_confirmations c
          where c.plan_id = plans.id)`.as('confirmations'),
      ])
      .where('plans.organisation_id', '=', organisation.id)
      .where('referrals.reference', 'in', ['LL-2026-0071', 'LL-2026-0072', 'LL-2026-0073'])
      .orderBy('plans.made_on', 'desc')
      .execute();
    expect(plans).toEqual([
      { stage: 6, unsent: 0, iro_copies: 0, confirmations: 0 },
      { stage: 6, unsent: 3, iro_copies: 0, confirmations: 0 },
      { stage: 7, unsent: 0, iro_copies: 1, confirmations: 1 },
    ]);
    const versions = await owner.db
      .selectFrom('plan_versions')
      .select(['number', 'ready_at', 'agreed_at'])
      .where('organisation_id', '=', organisation.id)
      .execute();
    // Maya's plan (demo-plan.ts) waits for the referrer; the handover's three were agreed.
    expect(versions).toHaveLength(4);
    const waiting = versions.find((version) => version.agreed_at === null);
    expect(waiting?.ready_at).not.toBeNull();
    expect(waiting?.ready_at).not.toBeNull();
    expect(waiting?.agreed_at).toBeNull();
    const referrals = await owner.db
      .selectFrom('referrals')
      .select(['reference', 'status', 'coordinator_id'])
      .where('organisation_id', '=', organisation.id)
      .orderBy('reference')
      .execute();
    expect(referrals.map((row) => `${row.reference} ${row.status}`)).toEqual([
      'FGC-2026-0001 submitted',
      'FGC-2026-0002 declined',
      'FGC-2026-0070 accepted',
      'LL-2026-0001 submitted',
      'LL-2026-0002 accepted',
      'LL-2026-0003 draft',
      'LL-2026-0004 accepted',
      'LL-2026-0005 accepted',
      'LL-2026-0006 accepted',
      'LL-2026-0011 accepted',
      'LL-2026-0012 accepted',
      'LL-2026-0021 accepted',
      'LL-2026-0022 accepted',
      'LL-2026-0050 accepted',
      'LL-2026-0060 accepted',
      'LL-2026-0061 accepted',
      'LL-2026-0071 accepted',
      'LL-2026-0072 accepted',
      'LL-2026-0073 accepted',
      'LL-2026-0090 accepted',
    ]);
    const decisions = await owner.db
      .selectFrom('supervision_decisions')
      .select('reason')
      .where('organisation_id', '=', organisation.id)
      .execute();
    expect(decisions.map((row) => row.reason).sort()).toEqual([
      'later',
      'later',
      'referral_to_follow',
      'uasc',
    ]);
    // Two wait for a coordinator; matching offers two coordinators, one with a conflict declared.
    expect(referrals.filter((row) => row.status === 'accepted' && !row.coordinator_id).length).toBe(
      2,
    );
    const coordinators = await owner.db
      .selectFrom('users')
      .select(['display_name', 'languages'])
      .where('organisation_id', '=', organisation.id)
      .where(sql<boolean>`'coordinator' = any(roles)`)
      .orderBy('display_name')
      .execute();
    expect(coordinators).toEqual([
      { display_name: 'Cara Okafor', languages: ['English', 'Arabic'] },
      { display_name: 'Kasia Nowak', languages: ['English', 'Polish', 'Urdu'] },
    ]);
    const conflicts = await owner.db
      .selectFrom('conflict_declarations')
      .select('has_conflict')
      .where('organisation_id', '=', organisation.id)
      .execute();
    expect(conflicts.map((row) => row.has_conflict).sort()).toEqual([false, true]);
    // Maya's plan waits for the referrer, who was told so.
    const toldReferrer = await owner.db
      .selectFrom('notifications')
      .select(['subject', 'link', 'read_at'])
      .where('organisation_id', '=', organisation.id)
      .where('kind', '=', 'plan_decision_needed')
      .execute();
    expect(toldReferrer).toEqual([
      {
        subject: 'The plan for LL-2026-0061 is waiting for your decision',
        link: expect.stringMatching(
          /^\/journeys\/[0-9a-f-]+\/conferences\/[0-9a-f-]+\/plan\/decision$/,
        ),
        read_at: null,
      },
    ]);
  });
});
