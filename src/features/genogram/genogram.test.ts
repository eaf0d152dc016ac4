import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type CastAppWithCase,
  createCastAppWithCase,
  journeyAuditActions,
  signedIn,
} from '../journeys/journeys-test-support.ts';

let setup: CastAppWithCase;
let base: string;

beforeAll(async () => {
  setup = await createCastAppWithCase();
  base = `/journeys/${setup.arranged.journeyId}/children/${setup.arranged.childIds[0]}/genogram`;
});
afterAll(() => setup.context.close());

async function relationships() {
  return setup.context.ownerDb.db
    .selectFrom('network_relationships')
    .selectAll()
    .where('organisation_id', '=', setup.cast.organisation.id)
    .execute();
}

describe('the genogram', () => {
  it('is built through forms and drawn from the records, with every step audited', async () => {
    const { context, cast, arranged } = setup;
    const coordinator = await signedIn(context.app, cast.coordinator);
    const empty = await coordinator.get(base);
    expect(empty.statusCode).toBe(200);
    expect(empty.body).toContain('role="img"');
    expect(empty.body).toContain('Genogram of Jordan Rivers&#39;s family and network');

    const form = await coordinator.get(`${base}/relatives/new?as=parent`);
    expect(form.body).toContain('Add a parent for Jordan Rivers');
    const mum = await coordinator.post(`${base}/relatives`, {
      as: 'parent',
      personId: '',
      existingPersonId: '',
      firstName: 'Kim',
      lastName: 'Rivers',
      gender: 'female',
      birthYear: '1988',
      birthYearApproximate: 'yes',
      relationship: 'Mum',
      parentKind: 'birth',
    });
    expect(mum.statusCode).toBe(303);
    expect(mum.headers.location).toBe(`${base}?notice=relative-added`);

    const page = await coordinator.get(`${base}?notice=relative-added`);
    expect(page.body).toContain('The relationship was added to the genogram.');
    expect(page.body).toContain('Kim Rivers');
    expect(page.body).toContain('about 1988');
    // One birth parent recorded: the other is drawn as not known.
    expect(page.body).toContain('1 parent is not known');
    expect(page.body).toContain('the other birth parent is not known');
    expect(await relationships()).toHaveLength(1);

    const kim = (await relationships())[0]?.from_person_id as string;
    const nan = await coordinator.post(`${base}/relatives`, {
      as: 'parent',
      personId: kim,
      existingPersonId: '',
      firstName: 'Rose',
      gender: 'female',
      birthYear: '1960',
      parentKind: 'birth',
    });
    expect(nan.statusCode).toBe(303);
    const actions = await journeyAuditActions(context.ownerDb.db, arranged.journeyId);
    expect(actions.filter((a) => a === 'genogram.relationship_added')).toHaveLength(2);
    expect(actions).toContain('network.viewed');
  });

  it('refuses a relationship that would make someone their own ancestor, keeping the answers', async () => {
    const { context, cast } = setup;
    const coordinator = await signedIn(context.app, cast.coordinator);
    const rows = await relationships();
    const jordan = rows[0]?.to_person_id; // Kim is Jordan's mum, then Rose is Kim's
    const rose = rows[1]?.from_person_id;
    const before = rows.length;
    const refused = await coordinator.post(`${base}/relatives`, {
      as: 'child',
      personId: jordan ?? '',
      existingPersonId: rose ?? '',
      parentKind: 'birth',
      relationship: 'kept words',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('There is a problem');
    expect(refused.body).toContain('Nobody can be their own ancestor');
    expect(refused.body).toContain('value="kept words"');
    expect(await relationships()).toHaveLength(before);
  });

  it('downloads as SVG and as a tagged PDF with Open Sans embedded, named without the child', async () => {
    const { context, cast, arranged } = setup;
    const manager = await signedIn(context.app, cast.manager);
    const svg = await manager.get(`${base}.svg`);
    expect(svg.headers['content-disposition']).toBe(
      `attachment; filename="genogram-${arranged.reference}-1.svg"`,
    );
    expect(svg.body).toContain('<title id="genogram-title">');
    const pdf = await manager.get(`${base}.pdf`);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).not.toContain('Jordan');
    const folder = mkdtempSync(path.join(tmpdir(), 'genogram-'));
    const file = path.join(folder, 'genogram.pdf');
    writeFileSync(file, pdf.rawPayload);
    const info = execFileSync('pdfinfo', [file]).toString();
    expect(info).toMatch(/Title:\s+Genogram of Jordan Rivers's family and network/);
    expect(info).toMatch(/Tagged:\s+yes/);
    expect(info).toMatch(/PDF version:\s+1\.7/);
    const fonts = execFileSync('pdffonts', [file]).toString();
    expect(fonts).toMatch(/OpenSans-Regular\s+CID TrueType\s+Identity-H\s+yes/);
    expect(fonts).not.toContain('Helvetica');
    const text = execFileSync('pdftotext', [file, '-']).toString();
    expect(text).toContain('Kim Rivers');
    expect(text).toContain('Relationship to the young person: Mum');
    const metadata = execFileSync('pdfinfo', ['-meta', file]).toString();
    expect(metadata).toContain('<pdfuaid:part>1</pdfuaid:part>');
  });

  it('is not shown to the IRO nor practice managers, who see the summary on the case page, nor another coordinator', async () => {
    const { context, cast } = setup;
    for (const person of [cast.iro, cast.practiceManager, cast.otherCoordinator]) {
      const agent = await signedIn(context.app, person);
      expect((await agent.get(base)).statusCode).toBe(404);
    }
    const referrer = await signedIn(context.app, cast.referrer);
    expect((await referrer.get(base)).statusCode).toBe(200);
    expect((await referrer.get(`${base}/relatives/new`)).statusCode).toBe(403);
  });
});
