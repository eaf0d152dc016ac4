import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestAgent } from '../../../../tests/support/agent.ts';
import {
  type ArrangedCase,
  arrangeJourney,
  type CastApp,
  createCast,
  createCastApp,
  signedIn,
} from '../../journeys/journeys-test-support.ts';
import { readyMember } from './contact-test-support.ts';

/**
 * The information letter's PDF (ADR 0033): the same letter as the page, under the same consent,
 * access and audit; read back with poppler's tools as a reader's software would read it.
 */

let setup: CastApp;
let coordinator: TestAgent;
let manager: TestAgent;

beforeAll(async () => {
  setup = await createCastApp();
  coordinator = await signedIn(setup.context.app, setup.cast.coordinator);
  manager = await signedIn(setup.context.app, setup.cast.manager);
}, 60_000);
afterAll(() => setup.context.close());

const db = () => setup.context.ownerDb.db;

async function journey() {
  const arranged = await arrangeJourney(db(), setup.cast);
  await consents(arranged, { scope_contact: true });
  return arranged;
}

function consents(arranged: ArrangedCase, scope: Record<string, unknown>) {
  return db()
    .updateTable('consents')
    .set(scope)
    .where('referral_id', '=', arranged.referralId)
    .execute();
}

async function placedIn(arranged: ArrangedCase, area: string) {
  await db()
    .insertInto('mobility_places')
    .values({
      organisation_id: setup.cast.organisation.id,
      journey_id: arranged.journeyId,
      child_id: arranged.childIds[0] ?? '',
      area,
      kind: 'placement',
      recorded_by: setup.cast.coordinator.id,
    })
    .execute();
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The letter as the page shows it: the article's text, without the page around it. */
function letterOnPage(html: string): string {
  const article = /<article class="kindred-letter"[^>]*>([\s\S]*?)<\/article>/.exec(html)?.[1];
  expect(article).toBeDefined();
  return words(
    (article ?? '')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&#39;/g, "'")
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}

function readBack(payload: Buffer) {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'kindred-letter-')), 'letter.pdf');
  writeFileSync(file, payload);
  const run = (tool: string, ...args: string[]) =>
    execFileSync(tool, [...args, file], { encoding: 'utf8' });
  return {
    text: words(execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' })),
    info: run('pdfinfo'),
    metadata: run('pdfinfo', '-meta'),
    structure: words(run('pdfinfo', '-struct-text')),
    fonts: run('pdffonts'),
  };
}

async function pdfViews(journeyId: string) {
  const rows = await db()
    .selectFrom('audit_events')
    .select(['action', 'detail'])
    .where('subject_type', '=', 'journey')
    .where('subject_id', '=', journeyId)
    .execute();
  return rows.filter((row) => row.detail.page === 'letter-pdf');
}

describe('the information letter as a PDF', () => {
  it('is linked from the letter, says exactly what it says, tagged and with its fonts', async () => {
    const arranged = await journey();
    const { href, memberId } = await readyMember({ coordinator, manager }, arranged, {
      firstName: 'Ifeoma',
    });
    await placedIn(arranged, 'Harbourside');
    await consents(arranged, { scope_share: true, share_location: true });

    const page = await coordinator.get(`${href}/letter`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`href="${href}/letter.pdf" download>Download the letter (PDF)</a>`);
    const pdf = await coordinator.get(`${href}/letter.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(
      `attachment; filename="information-letter-${arranged.reference}.pdf"`,
    );
    expect(pdf.headers['cache-control']).toBe('no-store');

    const read = readBack(pdf.rawPayload);
    expect(read.text).toBe(letterOnPage(page.body));
    expect(read.text).toContain('Dear Ifeoma Okafor,');
    expect(read.text).toContain('Jordan would like to hear from people');
    expect(read.text).toContain('Jordan lives in the Harbourside area at the moment.');
    expect(read.text).toContain('Yours sincerely, Cara Coordinator Lifelong Links coordinator');
    expect(read.text).not.toContain('Rivers');
    expect(read.info).toMatch(/Title:\s+Information letter about Lifelong Links/);
    expect(read.info).toMatch(/Tagged:\s+yes/);
    expect(read.structure).toContain(
      'Document P (block) "Dear Ifeoma Okafor," H1 (block) "Lifelong Links" P (block) "I work for',
    );
    expect(read.metadata).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(read.fonts).toMatch(/OpenSans-Regular\s+CID TrueType\s+Identity-H\s+yes/);
    expect(read.fonts).toMatch(/OpenSans-Bold\s+CID TrueType\s+Identity-H\s+yes/);
    expect(read.fonts).not.toMatch(/ no {2,}no /);

    // Audited as the page is, in the same transaction as the read: one event per download.
    expect(await pdfViews(arranged.journeyId)).toEqual([
      {
        action: 'network.viewed',
        detail: expect.objectContaining({ page: 'letter-pdf', memberId }),
      },
    ]);
  });

  it('leaves out what consent does not allow, as the page does', async () => {
    const arranged = await journey();
    const { href } = await readyMember({ coordinator, manager }, arranged, { firstName: 'Grace' });
    await placedIn(arranged, 'Harbourside');

    for (const scope of [
      { scope_share: true, share_location: false },
      { scope_share: false, share_location: true },
    ]) {
      await consents(arranged, scope);
      const page = await coordinator.get(`${href}/letter`);
      const { text } = readBack((await coordinator.get(`${href}/letter.pdf`)).rawPayload);
      expect(text).toBe(letterOnPage(page.body));
      expect(text).not.toContain('Harbourside');
      if (!scope.scope_share) {
        expect(text).toContain('because a young person who knows you would like');
        expect(text).not.toContain('Jordan');
      }
    }
  });

  it('makes no letter for a member the young person said no to, or once consent is withdrawn', async () => {
    const arranged = await journey();
    await placedIn(arranged, 'Harbourside');
    await consents(arranged, { scope_share: true, share_location: true });
    const added = await coordinator.post(`/journeys/${arranged.journeyId}/network/people`, {
      child: arranged.childIds[0] ?? '',
      firstName: 'Nadia',
      lastName: 'Okafor',
      kind: 'extended_family',
      gender: 'female',
      foundBy: 'records',
    });
    const href = String(added.headers.location).split('?')[0] ?? '';
    expect((await coordinator.post(`${href}/say`, { say: 'no' })).statusCode).toBe(303);

    // The page says why there is no letter; the PDF sends the person back to it.
    const noLetter = async (why: string) => {
      const page = await coordinator.get(`${href}/letter`);
      expect(page.statusCode).toBe(200);
      expect(page.body).toContain('There is no letter for Nadia Okafor now');
      expect(page.body).toContain(why);
      expect(page.body).not.toContain('Download the letter (PDF)');
      expect(page.body).not.toContain('Jordan would like');
      expect(page.body).not.toContain('Harbourside');
      const pdf = await coordinator.get(`${href}/letter.pdf`);
      expect(pdf.statusCode).toBe(303);
      expect(pdf.headers.location).toBe(`${href}/letter`);
    };
    await noLetter('part in the network has been closed');

    // Someone the young person said yes to, signed off as safe: a letter, until consent is withdrawn.
    const ready = await readyMember({ coordinator, manager }, arranged, { firstName: 'Grace' });
    expect((await coordinator.get(`${ready.href}/letter`)).body).toContain('Jordan would like');
    await consents(arranged, { withdrawn_on: new Date().toISOString().slice(0, 10) });
    const withdrawn = await coordinator.get(`${ready.href}/letter`);
    expect(withdrawn.body).toContain('There is no letter for Grace');
    expect(withdrawn.body).toContain('consent does not cover contacting people');
    expect(withdrawn.body).not.toContain('Jordan would like');
    expect((await coordinator.get(`${ready.href}/letter.pdf`)).statusCode).toBe(303);
  });

  it('is refused to those the letter page refuses, in this organisation or another', async () => {
    const arranged = await journey();
    const { href } = await readyMember({ coordinator, manager }, arranged, { firstName: 'Hope' });
    const abroad = await createCast(db());
    for (const person of [setup.cast.otherCoordinator, abroad.manager, abroad.coordinator]) {
      const agent = await signedIn(setup.context.app, person);
      const page = await agent.get(`${href}/letter`);
      const pdf = await agent.get(`${href}/letter.pdf`);
      expect([page.statusCode, pdf.statusCode]).toEqual([404, 404]);
      expect(pdf.headers['content-type']).not.toBe('application/pdf');
    }
    // Roles that never work on a journey are refused outright, on the page and the PDF alike.
    for (const person of [setup.cast.iro, setup.cast.administrator]) {
      const agent = await signedIn(setup.context.app, person);
      const answers = [await agent.get(`${href}/letter`), await agent.get(`${href}/letter.pdf`)];
      expect(answers.map((answer) => answer.statusCode)).toEqual([403, 403]);
    }
    expect(await pdfViews(arranged.journeyId)).toEqual([]);
  });
});
