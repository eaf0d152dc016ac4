import { randomBytes } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { expect } from 'vitest';
import { TestAgent } from '../../../tests/support/agent.ts';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';
import type { Db } from '../../db/database.ts';

/** Helpers shared by this feature's tests; they read the page as a person would. */

export function temporaryPasswordIn(body: string): string {
  const password = /<strong>([a-z0-9]{4}(?:-[a-z0-9]{4}){3})<\/strong>/.exec(body)?.[1];
  if (!password) throw new Error('No temporary password on the page');
  return password;
}

export function uniqueEmail(label: string): string {
  return `${label}.${randomBytes(4).toString('hex')}@test.kindred.example`;
}

export async function signedInAs(
  app: FastifyInstance,
  user: { email: string; password: string },
): Promise<TestAgent> {
  const agent = new TestAgent(app);
  await agent.signIn(user.email, user.password);
  return agent;
}

/** Their next page sends them to sign in again. */
export async function expectSignedOut(agent: TestAgent): Promise<void> {
  const home = await agent.get('/');
  expect(home.statusCode).toBe(303);
  expect(home.headers.location).toMatch(/^\/sign-in/);
}

export async function expectSignInRefused(
  app: FastifyInstance,
  user: { email: string; password: string },
): Promise<void> {
  const agent = new TestAgent(app);
  await agent.get('/sign-in');
  const response = await agent.post('/sign-in', user);
  expect(response.statusCode).toBe(401);
}

/** What administrators did to an account, oldest first (sign-ins are audited too; not ours). */
export async function userAuditActions(
  ownerDb: Db,
  organisationId: string,
  userId: string,
): Promise<string[]> {
  const rows = await ownerDb
    .selectFrom('audit_events')
    .select('action')
    .where('organisation_id', '=', organisationId)
    .where('subject_id', '=', userId)
    .where('action', 'like', 'user.%')
    .orderBy('seq')
    .execute();
  return rows.map((row) => row.action);
}

export async function findAccount(ownerDb: Db, organisationId: string, email: string) {
  return ownerDb
    .selectFrom('users')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .where('email', '=', email)
    .executeTakeFirst();
}

/** A test app with an organisation whose administrator, Ada, is signed in as `admin`. */
export interface SignedInAdministrator {
  context: TestContext;
  organisation: TestOrganisation;
  administrator: TestUser;
  admin: TestAgent;
  accountWith(email: string): ReturnType<typeof findAccount>;
  auditedActions(userId: string): Promise<string[]>;
}

export async function createSignedInAdministrator(): Promise<SignedInAdministrator> {
  const context = await createTestContext();
  const organisation = await createOrganisation(context.ownerDb.db);
  const administrator = await createUser(context.ownerDb.db, organisation, ['administrator'], {
    displayName: 'Ada Administrator',
  });
  const admin = new TestAgent(context.app);
  await admin.signIn(administrator.email, administrator.password);
  return {
    context,
    organisation,
    administrator,
    admin,
    accountWith: (email) => findAccount(context.ownerDb.db, organisation.id, email),
    auditedActions: (userId) => userAuditActions(context.ownerDb.db, organisation.id, userId),
  };
}
