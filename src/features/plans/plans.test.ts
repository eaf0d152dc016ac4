import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../domain/consent-rules.ts';
import { todayInLondon } from '../../domain/dates.ts';
import {
  arrangeConferenceCase,
  type ConferenceCase,
} from '../conferences/conference-test-support.ts';
import {
  type CastApp,
  createCastApp,
  dateFields,
  journeyAuditActions,
  signedIn,
} from '../journeys/journeys-test-support.ts';
import { conferenceIdOf, conferenceMaker, planRowsOf } from './plans-test-support.ts';

/**
 * Writing a held conference's plan, the referrer agreeing it, and printing it (one plan, the
 * tests in order). Starting a plan is in plan-start.test.ts.
 */
let setup: CastApp;
let arranged: ConferenceCase;
let held = '';
let planRows: ReturnType<typeof planRowsOf>;

const action = (overrides: Record<string, string> = {}) => ({
  what: 'Take Jordan to football',
  ownerKind: 'member',
  memberId: arranged.members.Margaret,
  ...dateFields('byWhen', addDays(todayInLondon(), 30)),
  howOften: 'Every Saturday',
  how: 'in_person',
  ...overrides,
});

beforeAll(async () => {
  setup = await createCastApp();
  arranged = await arrangeConferenceCase(setup.context.ownerDb.db, setup.cast);
  planRows = planRowsOf(setup);
  held = await conferenceMaker(setup, arranged)(new Date(Date.now() - 3 * 86_400_000));
});
afterAll(() => setup.context.close());

describe('writing, agreeing and printing the plan', () => {
  it('keeps one draft until it goes to the referrer, then every change is a new version', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    expect((await coordinator.post(held)).statusCode).toBe(303);
    const words = await coordinator.post(`${held}/sections/words`, {
      text: 'I want to see Nan every week.\n\nI want to stay at my school.',
    });
    expect(words.headers.location).toBe(`${held}?notice=saved`);
    expect((await coordinator.post(`${held}/actions/new`, action())).statusCode).toBe(303);
    expect(
      (
        await coordinator.post(
          `${held}/actions/new`,
          action({
            what: 'Ring Jordan',
            ownerKind: 'professional',
            memberId: '',
            professionalName: 'Sam Teacher',
            professionalRole: 'Designated teacher',
            how: 'telephone',
          }),
        )
      ).statusCode,
    ).toBe(303);
    const early = await coordinator.post(`${held}/ready`);
    expect(early.statusCode).toBe(400);
    expect(early.body).toContain('Add what happens if the plan does not work');
    await coordinator.post(`${held}/sections/contingency`, { text: 'Nan calls a family meeting.' });
    await coordinator.post(`${held}/monitor`, {
      ownerKind: 'member',
      memberId: arranged.members.Tom,
    });
    expect(await planRows(conferenceIdOf(held))).toHaveLength(1);

    const ready = await coordinator.post(`${held}/ready`);
    expect(ready.headers.location).toBe(`${held}?notice=ready`);
    await coordinator.post(`${held}/sections/contingency`, {
      text: 'Nan and Tom call a family meeting.',
    });
    const rows = await planRows(conferenceIdOf(held));
    expect(rows.map((row) => row.number)).toEqual([1, 2]);
    expect(rows[1]?.ready_at).not.toBeNull();

    const versions = await coordinator.get(`${held}/versions?from=1&to=2`);
    expect(versions.statusCode).toBe(200);
    expect(versions.body).toContain('What changed from version 1 to version 2');
    expect(versions.body).toContain('Nan and Tom call a family meeting.');
    expect(versions.body).toContain('Not changed: The young person’s own words and wishes');
  });

  it('refuses an action or monitor the young person said no to, or who is not safe', async () => {
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    const before = await planRows(conferenceIdOf(held));
    const no = await coordinator.post(
      `${held}/actions/new`,
      action({ memberId: arranged.members.Dan }),
    );
    expect(no.statusCode).toBe(400);
    expect(no.body).toContain(
      'The young person said no to this person, so they cannot be given an action in the plan',
    );
    expect(no.body).toContain('Take Jordan to football');
    const unsafe = await coordinator.post(
      `${held}/actions/new`,
      action({ memberId: arranged.members.Rita }),
    );
    expect(unsafe.statusCode).toBe(400);
    expect(unsafe.body).toContain(
      'It is not safe for this person to be given an action in the plan',
    );
    expect(unsafe.body).not.toContain('A reason that must never be shown');
    const monitor = await coordinator.post(`${held}/monitor`, {
      ownerKind: 'member',
      memberId: arranged.members.Rita,
    });
    expect(monitor.body).toContain('It is not safe for this person to be the monitor');
    // The form offers neither of them.
    const form = await coordinator.get(`${held}/actions/new`);
    expect(form.body).not.toContain(arranged.members.Dan);
    expect(form.body).not.toContain(arranged.members.Rita);
    expect(await planRows(conferenceIdOf(held))).toEqual(before);
  });

  it('lets only the referrer decide; an agreed version is locked and not agreed twice', async () => {
    const manager = await signedIn(setup.context.app, setup.cast.manager);
    expect((await manager.get(`${held}/decision`)).statusCode).toBe(403);
    const referrer = await signedIn(setup.context.app, setup.cast.referrer);
    const page = await referrer.get(`${held}/decision`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('I want to see Nan every week.');
    const delayed = await referrer.post(`${held}/decision`, {
      outcome: 'delayed',
      delayReason: 'Checking the school run',
    });
    expect(delayed.statusCode).toBe(400);
    expect(delayed.body).toContain('Enter the date you will decide by');
    expect(delayed.body).toContain('Tell the young person and family about the delay');
    const promised = addDays(todayInLondon(), 5);
    const delay = await referrer.post(`${held}/decision`, {
      outcome: 'delayed',
      delayReason: 'Checking the school run',
      ...dateFields('promisedOn', promised),
      familyTold: 'yes',
    });
    expect(delay.headers.location).toBe(`${held}?notice=delayed`);
    // The date promised is on the coordinator's deadlines until the referrer decides.
    const coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
    expect((await coordinator.get('/deadlines')).body).toContain('Plan agreement promised');
    const agreed = await referrer.post(`${held}/decision`, { outcome: 'agreed' });
    expect(agreed.headers.location).toBe(`${held}?notice=agreed`);
    expect((await coordinator.get('/deadlines')).body).not.toContain('Plan agreement promised');
    const again = await referrer.post(`${held}/decision`, { outcome: 'agreed' });
    expect(again.statusCode).toBe(400);
    expect(again.body).toContain('already agreed and locked');
    const decisions = await setup.context.ownerDb.db
      .selectFrom('plan_decisions')
      .select(['outcome', 'promised_on', 'family_told'])
      .where('organisation_id', '=', setup.cast.organisation.id)
      .orderBy('decided_at')
      .execute();
    expect(decisions).toEqual([
      { outcome: 'delayed', promised_on: promised, family_told: true },
      { outcome: 'agreed', promised_on: null, family_told: false },
    ]);
    const rows = await planRows(conferenceIdOf(held));
    expect(rows.at(-1)?.agreed_at).not.toBeNull();
    await expect(
      setup.context.ownerDb.db
        .updateTable('plan_versions')
        .set({ content: '{}' })
        .where('agreed_at', 'is not', null)
        .execute(),
    ).rejects.toThrow(/agreed and locked/);
    const actions = await journeyAuditActions(setup.context.ownerDb.db, arranged.journeyId);
    expect(actions).toEqual(
      expect.arrayContaining(['plan.started', 'plan.changed', 'plan.ready', 'plan.decided']),
    );
  });

  it('prints as a tagged PDF with the plan’s sections and nothing sensitive', async () => {
    const iro = await signedIn(setup.context.app, setup.cast.iro);
    const html = await iro.get(`${held}/document`);
    expect(html.statusCode).toBe(200);
    expect(html.body).toContain('In their own words');
    const pdf = await iro.get(`${held}/document.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const folder = mkdtempSync(path.join(tmpdir(), 'kindred-plan-'));
    const file = path.join(folder, 'plan.pdf');
    writeFileSync(file, pdf.rawPayload);
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
    for (const heading of [
      'The plan for Jordan',
      'The young person’s own words and wishes',
      'Who will do what',
      'If the plan does not work',
      'Who will check the plan is working',
    ]) {
      expect(text).toContain(heading);
    }
    expect(text).toContain('Margaret Hughes will take Jordan to football');
    expect(text).toContain('Sam Teacher (Designated teacher) will ring Jordan');
    expect(text).not.toContain('A reason that must never be shown');
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/Title:\s+The plan for Jordan/);
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    expect(fonts).toContain('OpenSans');
    expect(fonts).not.toMatch(/ no {2,}no /);
  });
});
