import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../../tests/support/factories.ts';
import {
  auditActions,
  type CouncilApp,
  createCouncilApp,
  pageText,
} from './children-test-support.ts';

let setup: CouncilApp;

beforeAll(async () => {
  setup = await createCouncilApp();
});
afterAll(() => setup.context.close());

/** The council's children, as stored. */
const children = () =>
  setup.context.ownerDb.db
    .selectFrom('children')
    .selectAll()
    .where('organisation_id', '=', setup.council.id)
    .execute();

describe('the register', () => {
  it('lists and searches children by name, record ID and date of birth', async () => {
    const { manager, signedIn } = setup;
    const agent = await signedIn(manager);
    const all = pageText((await agent.get('/children')).body);
    expect(all).toContain('2 children and young people');
    // Her legal name, with the name she uses in brackets.
    expect(all).toContain('Ada (Addy) Lovelock');
    expect(all).toMatch(/14 March 2011 \(age \d+\)/);
    expect(all).toContain('Add a child or young person');
    expect(all).toContain('Import the looked-after children list');

    const byName = pageText((await agent.get('/children?q=okaf')).body);
    expect(byName).toContain('1 match');
    expect(byName).toContain('Ben Okafor');
    expect(byName).not.toContain('Lovelock');
    expect(pageText((await agent.get('/children?q=LL-1001')).body)).toContain(
      'Ada (Addy) Lovelock',
    );
    const byBirth = await agent.get('/children?dob-day=1&dob-month=7&dob-year=2009');
    expect(pageText(byBirth.body)).toContain('Ben Okafor');
    expect(pageText(byBirth.body)).not.toContain('Lovelock');

    const none = pageText((await agent.get('/children?q=Nobody')).body);
    expect(none).toContain('No children or young people match your search');
  });

  it('refuses a date of birth that is not a real date', async () => {
    const { manager, signedIn } = setup;
    const agent = await signedIn(manager);
    const response = await agent.get('/children?dob-day=31&dob-month=2&dob-year=2010');
    expect(response.statusCode).toBe(400);
    expect(pageText(response.body)).toContain('The date of birth must be a real date');
  });

  it('links only the records the person may open, and offers no add button without the right', async () => {
    const { context, council, socialWorker, otherSocialWorker, ada, signedIn } = setup;
    const agent = await signedIn(otherSocialWorker);
    const page = (await agent.get('/children')).body;
    expect(page).toContain('Ada (Addy) Lovelock');
    expect(page).not.toContain(`href="/children/${ada}"`);
    const coordinator = await createUser(context.ownerDb.db, council, ['coordinator']);
    const coordinatorPage = pageText((await (await signedIn(coordinator)).get('/children')).body);
    expect(coordinatorPage).not.toContain('Add a child or young person');
    expect(coordinatorPage).not.toContain('Import the looked-after');
    const own = (await (await signedIn(socialWorker)).get('/children')).body;
    expect(own).toContain(`href="/children/${ada}"`);
  });

  it('is closed to administrators', async () => {
    const { administrator, signedIn } = setup;
    const agent = await signedIn(administrator);
    expect((await agent.get('/children')).statusCode).toBe(403);
  });
});

describe('adding a child: search before create', () => {
  it('shows possible matches first, then adds a new child with the searched details', async () => {
    const { context, council, socialWorker, iro, signedIn } = setup;
    const agent = await signedIn(socialWorker);
    expect((await agent.get('/children/new')).statusCode).toBe(200);
    const found = await agent.post('/children/new', {
      firstName: 'Adah',
      lastName: 'Lovelock',
      'dateOfBirth-day': '2',
      'dateOfBirth-month': '2',
      'dateOfBirth-year': '2015',
      caseRecordId: 'll-1001',
    });
    expect(found.statusCode).toBe(200);
    const matches = pageText(found.body);
    expect(matches).toContain('Is it one of these children or young people?');
    expect(matches).toContain('Ada (Addy) Lovelock');
    expect(matches).toContain('Same record ID');
    expect(matches).not.toContain('Ben Okafor');

    // "None of these": the form starts with what was searched for.
    const form = await agent.post('/children/new/details', {
      start: 'yes',
      firstName: 'Cleo',
      lastName: 'Lovelock',
      'dateOfBirth-day': '2',
      'dateOfBirth-month': '2',
      'dateOfBirth-year': '2015',
      caseRecordId: '',
    });
    expect(form.statusCode).toBe(200);
    expect(form.body).toContain('value="Cleo"');
    expect(form.body).toContain('Sam Worker');
    expect(form.body).toContain('Ines Iro');

    const added = await agent.post('/children/new/details', {
      firstName: 'Cleo',
      lastName: 'Lovelock',
      preferredName: '',
      'dateOfBirth-day': '2',
      'dateOfBirth-month': '2',
      'dateOfBirth-year': '2015',
      gender: '2',
      ethnicity: 'MWBC',
      firstLanguage: 'English',
      interpreterNeeded: 'no',
      lookedAfter: 'yes',
      'lookedAfterSince-day': '1',
      'lookedAfterSince-month': '9',
      'lookedAfterSince-year': '2021',
      legalStatus: 'C2',
      placementType: 'U4',
      uasc: 'no',
      careLeaverStatus: 'not_care_leaver',
      caseRecordId: 'LL-2001',
      upn: 'a12345678901b',
      socialWorkerId: socialWorker.id,
      iroId: iro.id,
      carers: 'Mr and Mrs Reyes, foster carers',
    });
    expect(added.statusCode).toBe(303);
    const location = String(added.headers.location);
    expect(location).toMatch(/^\/children\/[0-9a-f-]{36}\?notice=added$/);
    const record = pageText((await agent.get(location)).body);
    expect(record).toContain('Child or young person added to the register');
    expect(record).toContain('Cleo Lovelock');
    expect(record).toContain('Mixed: White and Black Caribbean (MWBC)');
    expect(record).toContain('Yes, since 1 September 2021');
    expect(record).toContain('Full care order (C2)');
    expect(record).toContain('A12345678901B');

    const cleo = (await children()).find((child) => child.case_record_id === 'LL-2001');
    expect(cleo?.social_worker_id).toBe(socialWorker.id);
    expect(await auditActions(context.ownerDb.db, council.id, cleo?.id ?? '')).toEqual([
      'child.created',
      'child.viewed',
    ]);
  });

  it('goes straight to the form when no one matches', async () => {
    const { manager, signedIn } = setup;
    const agent = await signedIn(manager);
    const response = await agent.post('/children/new', {
      firstName: 'Zed',
      lastName: 'Quill',
      'dateOfBirth-day': '5',
      'dateOfBirth-month': '5',
      'dateOfBirth-year': '2005',
    });
    expect(response.statusCode).toBe(200);
    expect(pageText(response.body)).toContain('No one on the register matches these details');
    expect(response.body).toContain('value="Quill"');
  });

  it('refuses a date of birth in the future, and writes nothing', async () => {
    const { manager, signedIn } = setup;
    const agent = await signedIn(manager);
    const before = (await children()).length;
    const search = await agent.post('/children/new', {
      firstName: 'Future',
      lastName: 'Child',
      'dateOfBirth-day': '1',
      'dateOfBirth-month': '1',
      'dateOfBirth-year': '2099',
    });
    expect(search.statusCode).toBe(400);
    expect(pageText(search.body)).toContain('Their date of birth must be today or in the past');

    const details = await agent.post('/children/new/details', {
      firstName: '',
      lastName: 'Child',
      'dateOfBirth-day': '1',
      'dateOfBirth-month': '1',
      'dateOfBirth-year': '2099',
      interpreterNeeded: 'no',
      lookedAfter: 'no',
      uasc: 'no',
      careLeaverStatus: 'not_care_leaver',
    });
    expect(details.statusCode).toBe(400);
    const text = pageText(details.body);
    expect(text).toContain('Enter their first name');
    expect(text).toContain('Their date of birth must be today or in the past');
    expect(details.body).toContain('href="#dateOfBirth-day"');
    expect(details.body).toContain('value="2099"');
    expect((await children()).length).toBe(before);
  });

  it('refuses a record ID another child has, and someone who is not a social worker', async () => {
    const { manager, iro, signedIn } = setup;
    const agent = await signedIn(manager);
    const form = {
      firstName: 'Dup',
      lastName: 'Licate',
      'dateOfBirth-day': '1',
      'dateOfBirth-month': '1',
      'dateOfBirth-year': '2010',
      interpreterNeeded: 'no',
      lookedAfter: 'yes',
      'lookedAfterSince-day': '1',
      'lookedAfterSince-month': '1',
      'lookedAfterSince-year': '2009',
      uasc: 'no',
      careLeaverStatus: 'not_care_leaver',
      caseRecordId: 'LL-1002',
    };
    const early = await agent.post('/children/new/details', form);
    expect(early.statusCode).toBe(400);
    expect(pageText(early.body)).toContain(
      'The date they became looked after must be on or after their date of birth',
    );
    const taken = await agent.post('/children/new/details', {
      ...form,
      'lookedAfterSince-year': '2011',
    });
    expect(taken.statusCode).toBe(400);
    expect(pageText(taken.body)).toContain(
      'Another child or young person already has this record ID',
    );
    const notSocialWorker = await agent.post('/children/new/details', {
      ...form,
      'lookedAfterSince-year': '2011',
      caseRecordId: 'LL-3001',
      socialWorkerId: iro.id,
    });
    expect(notSocialWorker.statusCode).toBe(400);
    expect(pageText(notSocialWorker.body)).toContain('Select a social worker from the list');
    expect((await children()).some((child) => child.last_name === 'Licate')).toBe(false);
  });
});

describe('adding a child: names typed with or without accents', () => {
  it('offers a child whose last name matches once accents are set aside', async () => {
    const { socialWorker, signedIn } = setup;
    const agent = await signedIn(socialWorker);
    const found = await agent.post('/children/new', {
      firstName: 'Benjamin',
      lastName: 'Ókafor',
      'dateOfBirth-day': '3',
      'dateOfBirth-month': '3',
      'dateOfBirth-year': '2001',
      caseRecordId: '',
    });
    expect(found.statusCode).toBe(200);
    const matches = pageText(found.body);
    expect(matches).toContain('Is it one of these children or young people?');
    expect(matches).toContain('Ben Okafor');
    expect(matches).not.toContain('Lovelock');
  });
});
