import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, type TestContext } from '../../../tests/support/test-app.ts';
import { type Cast, createCast, signedIn } from '../journeys/journeys-test-support.ts';
import { TurningFifteenService } from './turning-fifteen.service.ts';

let context: TestContext;
let cast: Cast;
let service: TurningFifteenService;
const notified: Array<{ month: string; youngPeople: number; iros: number; managers: number }> = [];

async function child(first: string, last: string, dateOfBirth: string, iroId: string | null) {
  const row = await context.ownerDb.db
    .insertInto('children')
    .values({
      organisation_id: cast.organisation.id,
      first_name: first,
      last_name: last,
      date_of_birth: dateOfBirth,
      looked_after: true,
      iro_id: iroId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

beforeAll(async () => {
  context = await createTestContext();
  cast = await createCast(context.ownerDb.db);
  service = new TurningFifteenService(context.appDb.db, async (_tx, _organisationId, built) => {
    notified.push({
      month: built.month,
      youngPeople: built.youngPeople,
      iros: built.iros.length,
      managers: built.managers.length,
    });
  });
  await child('Dana', 'December', '2011-12-09', cast.iro.id);
  await child('Ellis', 'December', '2011-12-30', cast.otherIro.id);
  await child('Finn', 'January', '2012-01-15', cast.iro.id);
  await child('Leap', 'Day', '2012-02-29', cast.iro.id);
  await child('Fern', 'February', '2012-02-28', cast.iro.id);
  await child('May', 'June', '2011-06-01', null);
});
afterAll(() => context.close());

const at = (instant: string) => new Date(instant);

describe('building the month’s turning-15 list', () => {
  it('builds the month once, on its first working day, with each IRO’s own young people', async () => {
    // 1 June 2026 00:30 in London is 31 May 23:30 UTC (summer time): already June in the UK.
    expect(
      (await service.buildDue(cast.organisation.id, at('2026-05-31T23:30:00Z'))).map(
        (b) => b.month,
      ),
    ).toEqual(['2026-06']);
    expect(notified.at(-1)).toEqual({ month: '2026-06', youngPeople: 1, iros: 0, managers: 1 });
    // The same day again, and the next days of the month: nothing more is sent.
    expect(await service.buildDue(cast.organisation.id, at('2026-06-01T09:00:00Z'))).toEqual([]);
    expect(await service.buildDue(cast.organisation.id, at('2026-06-20T09:00:00Z'))).toEqual([]);
  });

  it('catches up the months missed while Kindred was down, each once', async () => {
    const built = await service.buildDue(cast.organisation.id, at('2026-10-05T09:00:00Z'));
    expect(built.map((b) => b.month)).toEqual(['2026-07', '2026-08', '2026-09', '2026-10']);
    expect(await service.buildDue(cast.organisation.id, at('2026-10-05T09:00:00Z'))).toEqual([]);
  });

  it('waits for the UK date after the clocks go back, and for the working day after a bank holiday', async () => {
    // 31 October 23:30 UTC is still 31 October in the UK (winter time since 25 October).
    expect(await service.buildDue(cast.organisation.id, at('2026-10-31T23:30:00Z'))).toEqual([]);
    expect(
      (await service.buildDue(cast.organisation.id, at('2026-11-02T08:00:00Z'))).map(
        (b) => b.month,
      ),
    ).toEqual(['2026-11']);
    const december = await service.buildDue(cast.organisation.id, at('2026-12-01T08:00:00Z'));
    expect(december).toHaveLength(1);
    expect(december[0]).toMatchObject({ month: '2026-12', youngPeople: 2 });
    expect(december[0]?.iros.map((iro) => iro.userId).sort()).toEqual(
      [cast.iro.id, cast.otherIro.id].sort(),
    );
    // 1 January 2027 is a bank holiday: January's list goes on Monday 4 January.
    expect(await service.buildDue(cast.organisation.id, at('2027-01-01T10:00:00Z'))).toEqual([]);
    expect(
      (await service.buildDue(cast.organisation.id, at('2027-01-04T10:00:00Z')))[0],
    ).toMatchObject({ month: '2027-01', youngPeople: 1 });
  });

  it('puts a young person born on 29 February on March’s list in 2027', async () => {
    expect(
      (await service.buildDue(cast.organisation.id, at('2027-02-01T10:00:00Z')))[0],
    ).toMatchObject({ month: '2027-02', youngPeople: 1 });
    expect(
      (await service.buildDue(cast.organisation.id, at('2027-03-01T10:00:00Z')))[0],
    ).toMatchObject({ month: '2027-03', youngPeople: 1 });
    const agent = await signedIn(context.app, cast.manager);
    const february = await agent.get('/oversight/turning-15?month=2027-02');
    expect(february.body).toContain('Fern February');
    expect(february.body).not.toContain('Leap Day');
    const march = await agent.get('/oversight/turning-15?month=2027-03');
    expect(march.body).toContain('Leap Day');
    expect(march.body).toContain('1 March 2027');
  });
});

describe('the list page', () => {
  it('shows an IRO only their own young people, and a manager everyone, with the status', async () => {
    const iro = await signedIn(context.app, cast.iro);
    const mine = await iro.get('/oversight/turning-15?month=2026-12');
    expect(mine.statusCode).toBe(200);
    expect(mine.body).toContain('Young people turning 15 in December 2026');
    expect(mine.body).toContain('Dana December');
    expect(mine.body).not.toContain('Ellis December');
    expect(mine.body).toContain('Not yet discussed');
    const manager = await signedIn(context.app, cast.manager);
    const all = await manager.get('/oversight/turning-15?month=2026-12');
    expect(all.body).toContain('Dana December');
    expect(all.body).toContain('Ellis December');
    expect(all.body).toContain('This list was sent');
  });

  it('is audited as a list view, and refused to coordinators and administrators', async () => {
    const rows = await context.ownerDb.db
      .selectFrom('audit_events')
      .select('action')
      .where('organisation_id', '=', cast.organisation.id)
      .where('action', '=', 'turning-fifteen.listed')
      .execute();
    expect(rows.length).toBeGreaterThan(0);
    const coordinator = await signedIn(context.app, cast.coordinator);
    expect((await coordinator.get('/oversight/turning-15')).statusCode).toBe(403);
  });
});
