import type { Role } from '../../domain/roles.ts';
import { hashPassword } from '../../platform/passwords.ts';
import type { Db } from '../database.ts';
import { seedDemoCases } from './demo-cases.ts';
import { seedDemoConference } from './demo-conference.ts';
import { seedDemoConferenceDay } from './demo-conference-day.ts';
import { seedDemoNotices } from './demo-notices.ts';
import { seedDemoOversight } from './demo-oversight.ts';
import { seedDemoPlan } from './demo-plan.ts';
import { seedDemoPlanHandover } from './demo-plan-handover.ts';

export const DEMO_ORGANISATION = { code: 'DEMO', name: 'Demo Council' };
export const DEMO_TEAM = 'Family Group Conference and Lifelong Links team';
export const DEMO_PASSWORD = 'kindred-demo-password';

export const DEMO_ACCOUNTS: Array<{
  role: Role;
  email: string;
  displayName: string;
  /** A coordinator's working languages, shown when a manager matches one to a referral. */
  languages?: string[];
}> = [
  {
    role: 'coordinator',
    email: 'coordinator@demo.kindred.example',
    displayName: 'Cara Okafor',
    languages: ['English', 'Arabic'],
  },
  // A second coordinator, so that matching offers a choice (and a declared conflict).
  {
    role: 'coordinator',
    email: 'coordinator2@demo.kindred.example',
    displayName: 'Kasia Nowak',
    languages: ['English', 'Polish', 'Urdu'],
  },
  { role: 'team_manager', email: 'manager@demo.kindred.example', displayName: 'Tom Hughes' },
  { role: 'social_worker', email: 'social.worker@demo.kindred.example', displayName: 'Sam Patel' },
  { role: 'iro', email: 'iro@demo.kindred.example', displayName: 'Imani Reid' },
  {
    role: 'practice_manager',
    email: 'practice.manager@demo.kindred.example',
    displayName: 'Priya Shah',
  },
  { role: 'administrator', email: 'admin@demo.kindred.example', displayName: 'Alex Morgan' },
];

/**
 * The demo organisation, its team and one account for every role. Safe to run at every start:
 * it only adds what is missing. Runs as the schema owner, before the app serves requests.
 */
export async function seedDemo(ownerDb: Db): Promise<typeof DEMO_ACCOUNTS> {
  const organisationId = await ownerDb.transaction().execute(async (tx) => {
    await tx
      .insertInto('organisations')
      .values(DEMO_ORGANISATION)
      .onConflict((conflict) => conflict.column('code').doNothing())
      .execute();
    const organisation = await tx
      .selectFrom('organisations')
      .select('id')
      .where('code', '=', DEMO_ORGANISATION.code)
      .executeTakeFirstOrThrow();
    let team = await tx
      .selectFrom('teams')
      .select('id')
      .where('organisation_id', '=', organisation.id)
      .where('name', '=', DEMO_TEAM)
      .executeTakeFirst();
    team ??= await tx
      .insertInto('teams')
      .values({ organisation_id: organisation.id, name: DEMO_TEAM })
      .returning('id')
      .executeTakeFirstOrThrow();
    const existing = await tx
      .selectFrom('users')
      .select('email')
      .where('organisation_id', '=', organisation.id)
      .execute();
    const missing = DEMO_ACCOUNTS.filter(
      (account) => !existing.some((user) => user.email === account.email),
    );
    // argon2 is slow on purpose: hash only when an account is to be added, not at every start.
    const passwordHash = missing.length > 0 ? await hashPassword(DEMO_PASSWORD) : '';
    for (const account of missing) {
      await tx
        .insertInto('users')
        .values({
          organisation_id: organisation.id,
          team_id: account.role === 'administrator' ? null : team.id,
          display_name: account.displayName,
          email: account.email,
          password_hash: passwordHash,
          roles: [account.role],
          languages: account.languages ?? [],
        })
        .onConflict((conflict) => conflict.doNothing())
        .execute();
    }
    return organisation.id;
  });
  await seedDemoCases(ownerDb, organisationId);
  const coordinator = DEMO_ACCOUNTS.find((account) => account.role === 'coordinator');
  if (coordinator) await seedDemoNotices(ownerDb, organisationId, coordinator.email);
  await seedDemoOversight(ownerDb, organisationId);
  await seedDemoConference(ownerDb, organisationId);
  await seedDemoConferenceDay(ownerDb, organisationId);
  await seedDemoPlanHandover(ownerDb, organisationId);
  await seedDemoPlan(ownerDb, organisationId);
  return DEMO_ACCOUNTS;
}
