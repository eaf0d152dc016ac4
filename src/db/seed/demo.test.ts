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
    expect(await count('children')).toBe(6);
    expect(await count('referrals')).toBe(4);
    expect(await count('journeys')).toBe(1);
    const statuses = await owner.db
      .selectFrom('referrals')
      .select('status')
      .where('organisation_id', '=', organisation.id)
      .execute();
    expect(statuses.map((row) => row.status).sort()).toEqual([
      'accepted',
      'draft',
      'submitted',
      'submitted',
    ]);
  });
});
