import { randomBytes } from 'node:crypto';
import type { Insertable } from 'kysely';
import type { Db } from '../../src/db/database.ts';
import type { Ssda903ImportRunsTable } from '../../src/db/schema.ts';
import type { Role } from '../../src/domain/roles.ts';
import { hashPassword } from '../../src/platform/passwords.ts';

export const TEST_PASSWORD = 'correct horse battery staple';
let passwordHash: Promise<string> | undefined;

function uniqueSuffix(): string {
  return randomBytes(4).toString('hex').toUpperCase();
}

export interface TestOrganisation {
  id: string;
  code: string;
  name: string;
  teamId: string;
}

/** A new organisation with one team, so tests never see each other's rows. */
export async function createOrganisation(
  ownerDb: Db,
  name = 'Test Council',
): Promise<TestOrganisation> {
  const code = `T${uniqueSuffix()}`.slice(0, 9);
  const organisation = await ownerDb
    .insertInto('organisations')
    .values({ code, name })
    .returning(['id', 'code', 'name'])
    .executeTakeFirstOrThrow();
  const team = await ownerDb
    .insertInto('teams')
    .values({ organisation_id: organisation.id, name: 'Family Group Conference team' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { ...organisation, teamId: team.id };
}

export interface TestUser {
  id: string;
  email: string;
  password: string;
  organisationId: string;
  roles: Role[];
}

export async function createUser(
  ownerDb: Db,
  organisation: TestOrganisation,
  roles: Role[],
  options: { email?: string; active?: boolean; displayName?: string } = {},
): Promise<TestUser> {
  passwordHash ??= hashPassword(TEST_PASSWORD);
  const email =
    options.email ??
    `${roles.join('-') || 'nobody'}.${uniqueSuffix()}@test.kindred.example`.toLowerCase();
  const user = await ownerDb
    .insertInto('users')
    .values({
      organisation_id: organisation.id,
      team_id: organisation.teamId,
      display_name: options.displayName ?? `Test ${roles.join(' ') || 'user'}`,
      email,
      password_hash: await passwordHash,
      roles,
      active: options.active ?? true,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { id: user.id, email, password: TEST_PASSWORD, organisationId: organisation.id, roles };
}

/**
 * A finished SSDA903 import run of one child and one episode (the import history's row), for
 * tests that need one to exist; `values` changes any column.
 */
export async function createImportRun(
  ownerDb: Db,
  organisationId: string,
  values: Partial<Insertable<Ssda903ImportRunsTable>> = {},
): Promise<string> {
  const run = await ownerDb
    .insertInto('ssda903_import_runs')
    .values({
      organisation_id: organisationId,
      via: 'web',
      header_file_name: 'header.csv',
      episodes_file_name: 'episodes.csv',
      children_added: 1,
      children_updated: 0,
      children_unchanged: 0,
      episodes_added: 1,
      episodes_updated: 0,
      episodes_unchanged: 0,
      finding_count: 0,
      findings: '[]',
      ...values,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return run.id;
}
