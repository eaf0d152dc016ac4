import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestAgent } from '../../../tests/support/agent.ts';
import {
  createOrganisation,
  createUser,
  type TestOrganisation,
  type TestUser,
} from '../../../tests/support/factories.ts';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';
import {
  createChild,
  csrfTokenIn,
  fixture,
  hiddenValue,
  pageText,
  postMultipart,
} from './children-test-support.ts';
import { confirm, upload } from './ssda903-test-support.ts';

let context: TestContext;
let council: TestOrganisation;
let manager: TestUser;

async function managerAgent(user: TestUser = manager) {
  const agent = new TestAgent(context.app);
  await agent.signIn(user.email, user.password);
  return agent;
}

/** Everything the import could have written for the organisation, to compare before and after. */
async function snapshot(organisationId: string) {
  const db = context.ownerDb.db;
  const children = await db
    .selectFrom('children')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('case_record_id')
    .execute();
  const chronology = await db
    .selectFrom('chronology_entries')
    .selectAll()
    .where('organisation_id', '=', organisationId)
    .orderBy('source_key')
    .execute();
  return { children, chronology };
}

async function importEvents(organisationId: string) {
  return context.ownerDb.db
    .selectFrom('audit_events')
    .select(['actor_user_id', 'detail'])
    .where('organisation_id', '=', organisationId)
    .where('action', '=', 'children.imported')
    .orderBy('seq')
    .execute();
}

beforeAll(async () => {
  context = await createTestContext();
  council = await createOrganisation(context.ownerDb.db, 'Northshire Council');
  manager = await createUser(context.ownerDb.db, council, ['team_manager']);
});
afterAll(() => context.close());

describe('importing the looked-after children list', () => {
  it('previews, then imports, then changes nothing when the same files come again', async () => {
    // A child someone added by hand, with the same record ID as the return's 100203.
    const named = await createChild(context.ownerDb.db, council.id, {
      first_name: 'Maya',
      last_name: 'Reyes',
      date_of_birth: '2014-11-27',
      case_record_id: '100203',
      upn: 'A00000000001Z',
    });
    const agent = await managerAgent();
    const preview = await upload(agent, fixture('header.csv'), fixture('episodes.csv'));
    expect(preview.statusCode).toBe(200);
    const text = pageText(preview.body);
    expect(text).toContain('Check what will be imported');
    expect(text).toContain('Children and young people 3 to add, 1 to update, 0 with no change');
    expect(text).toContain(
      'Placement episodes in their chronologies 7 to add, 0 to update, 0 with no change',
    );
    expect(text).toContain(
      'Update gender, ethnicity, looked after, looked after since, legal status, placement type',
    );
    expect((await snapshot(council.id)).children).toHaveLength(1);

    const imported = await confirm(agent, preview.body);
    expect(imported.statusCode).toBe(303);
    const done = pageText((await agent.get(String(imported.headers.location))).body);
    expect(done).toContain('Success The looked-after children list has been imported');
    expect(done).toContain('Children and young people 3 added, 1 updated, 0 with no change');
    expect(done).toContain('Header file header.csv');
    expect(done).toContain('Data-quality findings None');

    const after = await snapshot(council.id);
    expect(after.children).toHaveLength(4);
    const byId = new Map(after.children.map((child) => [child.case_record_id, child]));
    expect(byId.get('100201')).toMatchObject({
      first_name: 'Unnamed',
      last_name: '100201',
      gender: '2',
      date_of_birth: '2011-03-14',
      ethnicity: 'WBRI',
      upn: 'A12345678901B',
      looked_after: true,
      looked_after_since: '2019-05-01',
      legal_status: 'C2',
      placement_type: 'U4',
    });
    expect(byId.get('100202')).toMatchObject({ looked_after: false, legal_status: null });
    // A name and UPN a person entered are kept.
    expect(byId.get('100203')).toMatchObject({
      id: named,
      first_name: 'Maya',
      last_name: 'Reyes',
      upn: 'A00000000001Z',
      looked_after: true,
      looked_after_since: '2023-03-03',
    });
    expect(after.chronology).toHaveLength(7);
    expect(after.chronology.map((entry) => entry.source_key)).toContain('100201/2021-09-01');
    expect(await importEvents(council.id)).toEqual([
      {
        actor_user_id: manager.id,
        detail: {
          childrenAdded: 3,
          childrenUpdated: 1,
          childrenUnchanged: 0,
          episodesAdded: 7,
          episodesUpdated: 0,
          episodesUnchanged: 0,
          findings: 0,
          via: 'web',
          changed: true,
        },
      },
    ]);

    // The same files again: the preview says nothing will change; a repeated confirmation
    // (a second click, say) changes nothing either.
    const again = await upload(agent, fixture('header.csv'), fixture('episodes.csv'));
    expect(pageText(again.body)).toContain('importing them would change nothing');
    expect(again.body).not.toContain('action="/children/import/confirm"');
    expect((await confirm(agent, preview.body)).statusCode).toBe(303);
    expect(await snapshot(council.id)).toEqual(after);
  });

  it('shows the chronology on the child’s record, newest first, with the codes in words', async () => {
    const agent = await managerAgent();
    const child = (await snapshot(council.id)).children.find((c) => c.case_record_id === '100201');
    const page = await agent.get(`/children/${child?.id}`);
    const text = pageText(page.body);
    expect(text).toContain('Name not yet recorded (record ID 100201)');
    expect(text).toContain('1 September 2021 to now');
    expect(text).toContain(
      'Placed long term with a foster carer (U4) under a full care order (C2)',
    );
    expect(text).toContain('Why it started: Change of placement and carer (P)');
    expect(text).toContain('Why it ended: Episode ended and a new one began on the same day (X1)');
    expect(text.indexOf('1 September 2021 to now')).toBeLessThan(text.indexOf('1 May 2019 to'));
  });

  it('updates a later return and records that a child is no longer looked after', async () => {
    const agent = await managerAgent();
    const preview = await upload(agent, fixture('header.csv'), fixture('episodes-next-year.csv'));
    expect(pageText(preview.body)).toContain(
      'Children and young people 0 to add, 1 to update, 3 with no change',
    );
    // Only what changes is in the table; the rest are listed as having no changes.
    expect(preview.body).toContain('>100204</th>');
    expect(preview.body).not.toContain('>100202</th>');
    expect(pageText(preview.body)).toContain('Record IDs: 100201, 100202, 100203');
    expect((await confirm(agent, preview.body)).statusCode).toBe(303);
    const child = (await snapshot(council.id)).children.find((c) => c.case_record_id === '100204');
    expect(child).toMatchObject({ looked_after: false, looked_after_since: null });
  });

  it('writes nothing when a problem blocks, and reports every problem and finding with its file, row and column', async () => {
    const before = await snapshot(council.id);
    const agent = await managerAgent();
    const response = await upload(
      agent,
      fixture('header-with-problems.csv'),
      fixture('episodes-with-problems.csv'),
    );
    expect(response.statusCode).toBe(400);
    const text = pageText(response.body);
    expect(text).toContain('The header file has 2 problems to fix: nothing has been imported');
    expect(text).toContain('The episodes file has 1 problem to fix: nothing has been imported');
    expect(text).toContain('Problems to fix before importing (3)');
    expect(text).toContain('Header file 2 DOB DOB ‘31/02/2012’ is not a real date');
    expect(text).toContain('Header file 4 CHILD CHILD 100301 is also on row 2');
    expect(text).toContain('Episodes file 3 CHILD CHILD 100399 is not in the header file');
    // The findings are listed as well, so every problem can be fixed in one go.
    expect(text).toContain('Data-quality findings (5)');
    expect(text).toContain(
      'Header file 3 SEX SEX ‘3’ must be 1 (male) or 2 (female), so their gender is not imported',
    );
    expect(text).toContain('Episodes file 2 LS LS ‘Z9’ is not a legal status code');

    const missing = await upload(
      agent,
      fixture('header.csv'),
      fixture('episodes-missing-column.csv'),
    );
    expect(missing.statusCode).toBe(400);
    expect(pageText(missing.body)).toContain('The episodes file has no LS column');

    const binary = await upload(agent, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'x');
    expect(pageText(binary.body)).toContain('The header file is a spreadsheet, not a CSV file');
    expect(await snapshot(council.id)).toEqual(before);
  });

  it('asks for both files, and refuses a confirmation that is not what was checked', async () => {
    const agent = await managerAgent();
    const page = await agent.get('/children/import');
    const none = await postMultipart(agent, '/children/import', csrfTokenIn(page.body), {});
    expect(none.statusCode).toBe(400);
    expect(pageText(none.body)).toContain('Select the header file');
    expect(pageText(none.body)).toContain('Select the episodes file');

    const before = await snapshot(council.id);
    const preview = await upload(agent, fixture('header.csv'), fixture('episodes.csv'));
    const episodes = hiddenValue(preview.body, 'episodesText');
    const tampered = await confirm(agent, preview.body, {
      episodesText: episodes.replace('100204,18/08/2021,S,V2', '100204,18/08/2021,S,C2'),
    });
    expect(tampered.statusCode).toBe(400);
    expect(pageText(tampered.body)).toContain('Upload them again');
    expect(await snapshot(council.id)).toEqual(before);
  });

  it('is only for team managers, and imports into their own organisation only', async () => {
    const socialWorker = await createUser(context.ownerDb.db, council, ['social_worker']);
    const agent = await managerAgent(socialWorker);
    expect((await agent.get('/children/import')).statusCode).toBe(403);
    const other = await createOrganisation(context.ownerDb.db, 'Southshire Council');
    expect((await snapshot(other.id)).children).toEqual([]);
  });
});
