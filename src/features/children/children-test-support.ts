import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { TestAgent } from '../../../tests/support/agent.ts';
import { createOrganisation, createUser, type TestUser } from '../../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';
import type { Db } from '../../db/database.ts';
import type { NewChild } from './children.repository.ts';

/** Helpers shared by this feature's tests. */

export const FIXTURES = path.resolve(import.meta.dirname, 'fixtures');

export function fixture(name: string): Buffer {
  return readFileSync(path.join(FIXTURES, name));
}

export function csrfTokenIn(body: string): string {
  const token = /name="_csrf" value="([^"]+)"/.exec(body)?.[1];
  if (!token) throw new Error('No CSRF token on the page');
  return token;
}

/** The value of a hidden field on a page, unescaped as a browser would. */
export function hiddenValue(body: string, name: string): string {
  const raw = new RegExp(`name="${name}" value="([^"]*)"`).exec(body)?.[1];
  if (raw === undefined) throw new Error(`No ${name} field on the page`);
  return raw
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

export interface UploadFile {
  filename: string;
  content: Buffer | string;
}

/** Posts a multipart form, as a browser sends a form with files, with the page's CSRF token. */
export async function postMultipart(
  agent: TestAgent,
  url: string,
  csrfToken: string,
  fields: Record<string, string>,
  files: Record<string, UploadFile> = {},
): Promise<LightMyRequestResponse> {
  const boundary = `----KindredTest${randomBytes(8).toString('hex')}`;
  const chunks: Buffer[] = [];
  const add = (text: string) => chunks.push(Buffer.from(text, 'utf8'));
  for (const [name, value] of Object.entries({ _csrf: csrfToken, ...fields })) {
    // Browsers send line breaks in fields as CRLF.
    add(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n`);
    add(`${value.replace(/\r?\n/g, '\r\n')}\r\n`);
  }
  for (const [name, file] of Object.entries(files)) {
    add(
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${file.filename}"\r\nContent-Type: text/csv\r\n\r\n`,
    );
    chunks.push(typeof file.content === 'string' ? Buffer.from(file.content) : file.content);
    add('\r\n');
  }
  add(`--${boundary}--\r\n`);
  return agent.request({
    method: 'POST',
    url,
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  });
}

/** A child on the register, arranged as the schema owner. */
export async function createChild(
  ownerDb: Db,
  organisationId: string,
  child: Partial<NewChild> = {},
): Promise<string> {
  const row = await ownerDb
    .insertInto('children')
    .values({
      organisation_id: organisationId,
      first_name: 'Test',
      last_name: `Child${randomBytes(3).toString('hex')}`,
      date_of_birth: '2012-03-27',
      ...child,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Actions of the audit events about a subject, oldest first. */
export async function auditActions(
  ownerDb: Db,
  organisationId: string,
  subjectId: string,
): Promise<string[]> {
  const rows = await ownerDb
    .selectFrom('audit_events')
    .select('action')
    .where('organisation_id', '=', organisationId)
    .where('subject_id', '=', subjectId)
    .orderBy('seq')
    .execute();
  return rows.map((row) => row.action);
}

/** The text of a page without its markup, spaces collapsed: what a person reads. */
export function pageText(body: string): string {
  return body
    .replace(/<script[\s\S]*?<\/script>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replaceAll('&#39;', "'")
    .replaceAll('&quot;', '"')
    .replaceAll('&amp;', '&')
    .replace(/\s+/g, ' ');
}

export async function signedInAs(app: FastifyInstance, user: TestUser): Promise<TestAgent> {
  const agent = new TestAgent(app);
  await agent.signIn(user.email, user.password);
  return agent;
}

/**
 * A council with a manager, two social workers, an IRO and an administrator, and two children:
 * Ada (allocated to the first social worker) and Ben (with the IRO).
 */
export async function arrangeCouncil(db: Db) {
  const council = await createOrganisation(db, 'Northshire Council');
  const manager = await createUser(db, council, ['team_manager'], { displayName: 'Mo Manager' });
  const socialWorker = await createUser(db, council, ['social_worker'], {
    displayName: 'Sam Worker',
  });
  const otherSocialWorker = await createUser(db, council, ['social_worker'], {
    displayName: 'Olu Other',
  });
  const iro = await createUser(db, council, ['iro'], { displayName: 'Ines Iro' });
  const administrator = await createUser(db, council, ['administrator']);
  const ada = await createChild(db, council.id, {
    first_name: 'Ada',
    last_name: 'Lovelock',
    preferred_name: 'Addy',
    date_of_birth: '2011-03-14',
    case_record_id: 'LL-1001',
    social_worker_id: socialWorker.id,
    looked_after: true,
    care_leaver_status: 'eligible',
  });
  const ben = await createChild(db, council.id, {
    first_name: 'Ben',
    last_name: 'Okafor',
    date_of_birth: '2009-07-01',
    case_record_id: 'LL-1002',
    iro_id: iro.id,
  });
  return { council, manager, socialWorker, otherSocialWorker, iro, administrator, ada, ben };
}

/** A test app with the council that `arrangeCouncil` makes, and a way to sign its people in. */
export interface CouncilApp extends Awaited<ReturnType<typeof arrangeCouncil>> {
  context: TestContext;
  signedIn(user: TestUser): Promise<TestAgent>;
}

export async function createCouncilApp(): Promise<CouncilApp> {
  const context = await createTestContext();
  return {
    context,
    ...(await arrangeCouncil(context.ownerDb.db)),
    signedIn: (user) => signedInAs(context.app, user),
  };
}
