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
import { networkService } from '../network/network.service.ts';
import { asUser, callerFor, personDetails } from '../network/network-test-support.ts';

let setup: CastAppWithCase;
let base: string;
const members: Record<string, string> = {};

beforeAll(async () => {
  setup = await createCastAppWithCase();
  const childId = setup.arranged.childIds[0] as string;
  base = `/journeys/${setup.arranged.journeyId}/children/${childId}/social-connections`;
  const people = [
    ['nan', personDetails({ firstName: 'Rose', lastName: 'Rivers' })],
    ['uncle', personDetails({ firstName: 'Mo', lastName: 'Rivers', gender: 'male' })],
    [
      'worker',
      personDetails({
        firstName: 'Pat',
        lastName: 'Keyworker',
        professional: true,
        kind: 'other_adult',
      }),
    ],
  ] as const;
  for (const [key, details] of people) {
    const added = await asUser(setup.context.appDb.db, setup.cast.coordinator, (tx) =>
      networkService.addToNetwork(tx, callerFor(setup.cast.coordinator), {
        childId,
        journeyId: setup.arranged.journeyId,
        person: { details },
        membership: { relationship: key, foundBy: 'young_person' },
      }),
    );
    if (added.outcome !== 'added') throw new Error('could not add');
    members[key] = added.memberId;
  }
});
afterAll(() => setup.context.close());

const answers = (memberId: string, lovesAndCares: string, extra: Record<string, string> = {}) => ({
  memberId,
  closeness: 'close',
  strength: 'strong',
  contactFrequency: 'every_week',
  lovesAndCares,
  ...extra,
});

describe('social connections', () => {
  it('records each person, keeps the young person’s words and shows the indicator', async () => {
    const { context, cast, arranged } = setup;
    const coordinator = await signedIn(context.app, cast.coordinator);
    const before = await coordinator.get(base);
    expect(before.statusCode).toBe(200);
    expect(before.body).toContain('Not known yet: no social connections have been recorded.');

    const saved = await coordinator.post(
      `${base}/record`,
      answers(members.nan as string, 'yes', { inOwnWords: 'Nan always rings me on Sundays' }),
    );
    expect(saved.statusCode).toBe(303);
    await coordinator.post(`${base}/record`, answers(members.worker as string, 'yes'));
    let page = await coordinator.get(base);
    expect(page.body).toContain(
      'Not met yet: 1 person outside the professional network loves and cares for them',
    );
    expect(page.body).toContain('Nan always rings me on Sundays');
    expect(page.body).toContain('aria-labelledby="ecomap-title" aria-describedby="ecomap-desc"');

    const snapshot = await coordinator.post(`${base}/snapshots`, { kind: 'discovery' });
    expect(snapshot.statusCode).toBe(303);
    await coordinator.post(
      `${base}/record`,
      answers(members.uncle as string, 'yes', { strength: 'stressful', closeness: 'distant' }),
    );
    page = await coordinator.get(base);
    expect(page.body).toContain(
      'Met: 2 people outside the professional network love and care for them.',
    );
    expect(page.body).toMatch(/Network size at the first snapshot[\s\S]*2 people \(at discovery/);
    expect(page.body).toMatch(/Network size now[\s\S]*3 people with a recorded connection/);
    const actions = await journeyAuditActions(context.ownerDb.db, arranged.journeyId);
    expect(actions.filter((a) => a === 'social-connection.recorded')).toHaveLength(3);
    expect(actions).toContain('social-connections.snapshot_taken');
  });

  it('downloads the map as a tagged PDF with Open Sans embedded, without sensitive notes', async () => {
    const { context, cast, arranged } = setup;
    await context.ownerDb.db
      .insertInto('network_safety_checks')
      .values({
        organisation_id: cast.organisation.id,
        member_id: members.uncle as string,
        risk_notes: 'Secret risk note about Mo',
        police_check_outcome: 'Police outcome for Mo',
        recorded_by: cast.coordinator.id,
      })
      .execute();
    const manager = await signedIn(context.app, cast.manager);
    const pdf = await manager.get(`${base}.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    expect(pdf.headers['content-disposition']).toBe(
      `attachment; filename="social-connections-${arranged.reference}-1.pdf"`,
    );
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'ecomap-')), 'ecomap.pdf');
    writeFileSync(file, pdf.rawPayload);
    const info = execFileSync('pdfinfo', [file]).toString();
    expect(info).toMatch(/Title:\s+Social connections of Jordan Rivers/);
    expect(info).toMatch(/Tagged:\s+yes/);
    const fonts = execFileSync('pdffonts', [file]).toString();
    expect(fonts).toMatch(/OpenSans-Regular\s+CID TrueType\s+Identity-H\s+yes/);
    expect(fonts).not.toContain('Helvetica');
    const text = execFileSync('pdftotext', [file, '-']).toString().replace(/\s+/g, ' ');
    expect(text).toContain(
      'Met: 2 people outside the professional network love and care for them.',
    );
    expect(text).toContain('Mo Rivers');
    expect(text).toContain('How the connection feels: Stressful.');
    expect(text).toContain("Jordan Rivers's answer: Yes.");
    // Neither the young person's own words nor the network's sensitive part.
    expect(text).not.toContain('Nan always rings me on Sundays');
    expect(text).not.toContain('Secret risk note');
    expect(text).not.toContain('Police outcome');
    const iro = await signedIn(context.app, cast.iro);
    expect((await iro.get(`${base}.pdf`)).statusCode).toBe(404);
  });

  it('refuses a form without answers, keeping what was typed and writing nothing', async () => {
    const { context, cast } = setup;
    const coordinator = await signedIn(context.app, cast.coordinator);
    const count = async () =>
      (
        await context.ownerDb.db
          .selectFrom('social_connections')
          .select('id')
          .where('organisation_id', '=', cast.organisation.id)
          .execute()
      ).length;
    const before = await count();
    const refused = await coordinator.post(`${base}/record`, {
      memberId: members.nan as string,
      inOwnWords: 'kept words',
      closeness: 'close',
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain('Choose the young person’s answer');
    expect(refused.body).toContain('kept words');
    expect(await count()).toBe(before);
  });

  it('shows the indicator, but not the map, to the IRO', async () => {
    const { context, cast, arranged } = setup;
    const iro = await signedIn(context.app, cast.iro);
    expect((await iro.get(base)).statusCode).toBe(404);
    const casePage = await iro.get(`/journeys/${arranged.journeyId}`);
    expect(casePage.body).toContain(
      'Met: 2 people outside the professional network love and care for them.',
    );
  });
});
