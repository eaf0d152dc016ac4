import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSsda903 } from './ssda903.ts';
import { lookedAfterStatus } from './ssda903-care-period.ts';
import {
  type ExistingChild,
  episodeSummary,
  planChangesNothing,
  planSsda903Import,
} from './ssda903-plan.ts';

const fixtures = path.resolve(import.meta.dirname, '../features/children/fixtures');
const fixture = (name: string) => readFileSync(path.join(fixtures, name));
const TODAY = '2026-11-22';

function read(header: string, episodes: string) {
  const reading = readSsda903({ header: fixture(header), episodes: fixture(episodes) }, TODAY);
  if (!reading.ok) throw new Error('fixture should be good');
  return reading;
}

/** What Kindred would hold after applying a plan: for checking that a second run changes nothing. */
function heldAfter(plan: ReturnType<typeof planSsda903Import>): ExistingChild[] {
  return plan.children.map((child, index) => ({
    id: child.existingId ?? `child-${index}`,
    caseRecordId: child.caseRecordId,
    gender: child.values.gender ?? null,
    dateOfBirth: child.values.date_of_birth,
    ethnicity: child.values.ethnicity ?? null,
    upn: child.values.upn ?? null,
    lookedAfter: child.values.looked_after ?? false,
    lookedAfterSince: child.values.looked_after_since ?? null,
    legalStatus: child.values.legal_status ?? null,
    placementType: child.values.placement_type ?? null,
    episodes: child.episodes.map((episode) => ({
      ...episode,
      details: { ...episode.details },
    })),
  }));
}

describe('planning an import', () => {
  it('adds every child and episode the first time, with their looked-after status', () => {
    const { children, episodes } = read('header.csv', 'episodes.csv');
    const plan = planSsda903Import(children, episodes, [], TODAY);
    expect(plan.counts).toEqual({
      childrenAdded: 4,
      childrenUpdated: 0,
      childrenUnchanged: 0,
      episodesAdded: 7,
      episodesUpdated: 0,
      episodesUnchanged: 0,
    });
    const byId = new Map(plan.children.map((child) => [child.caseRecordId, child.values]));
    // Three episodes that follow on from each other: looked after since the first began.
    expect(byId.get('100201')).toMatchObject({
      looked_after: true,
      looked_after_since: '2019-05-01',
      legal_status: 'C2',
      placement_type: 'U4',
    });
    // Every episode closed: no longer looked after.
    expect(byId.get('100202')).toMatchObject({
      looked_after: false,
      looked_after_since: null,
      legal_status: null,
    });
    expect(plan.children[0]?.episodes[2]).toMatchObject({
      sourceKey: '100201/2021-09-01',
      summary: 'Placed long term with a foster carer (U4) under a full care order (C2)',
      details: { RNE: 'P', LS: 'C2', PLACE: 'U4', PLACE_PROVIDER: 'PR1', REC: null },
    });
  });

  it('plans no change when the same files come again', () => {
    const { children, episodes } = read('header.csv', 'episodes.csv');
    const first = planSsda903Import(children, episodes, [], TODAY);
    const second = planSsda903Import(children, episodes, heldAfter(first), TODAY);
    expect(planChangesNothing(second)).toBe(true);
    expect(second.counts.childrenUnchanged).toBe(4);
    expect(second.counts.episodesUnchanged).toBe(7);
  });

  it('updates what a later return changes, keeping earlier episodes for the period of care', () => {
    const first = read('header.csv', 'episodes.csv');
    const held = heldAfter(planSsda903Import(first.children, first.episodes, [], TODAY));
    const next = read('header.csv', 'episodes-next-year.csv');
    const plan = planSsda903Import(next.children, next.episodes, held, TODAY);
    expect(plan.counts).toMatchObject({
      childrenAdded: 0,
      childrenUpdated: 1,
      childrenUnchanged: 3,
      episodesAdded: 0,
      episodesUpdated: 1,
      episodesUnchanged: 2,
    });
    const left = plan.children.find((child) => child.caseRecordId === '100204');
    expect(left?.changedFields).toEqual([
      'looked_after',
      'looked_after_since',
      'legal_status',
      'placement_type',
    ]);
    // 100201's earlier episodes are not in this return; the period of care still began in 2019.
    const stayed = plan.children.find((child) => child.caseRecordId === '100201');
    expect(stayed?.values.looked_after_since).toBe('2019-05-01');
  });

  it('leaves a UPN alone when the return has none', () => {
    const { children, episodes } = read('header.csv', 'episodes.csv');
    const held = heldAfter(planSsda903Import(children, episodes, [], TODAY));
    const withUpn = held.map((child) =>
      child.caseRecordId === '100203' ? { ...child, upn: 'A00000000001Z' } : child,
    );
    const plan = planSsda903Import(children, episodes, withUpn, TODAY);
    expect(planChangesNothing(plan)).toBe(true);
  });

  it('works out who is looked after from the sound episodes of the council-style files', () => {
    const { children, episodes } = read('header-council.csv', 'episodes-council.csv');
    const plan = planSsda903Import(children, episodes, [], TODAY);
    const status = (id: string) => {
      const values = plan.children.find((child) => child.caseRecordId === id)?.values;
      return [
        values?.looked_after,
        values?.looked_after_since,
        values?.legal_status,
        values?.placement_type,
      ];
    };
    expect(status('300101')).toEqual([true, '2020-06-01', 'C2', 'U4']);
    // Its last episode has a reason it ended but no end date: the earlier, closed one decides.
    expect(status('300102')).toEqual([false, null, null, null]);
    expect(status('300103')).toEqual([true, '2021-06-01', 'C2', 'K2']);
    // LS Z9 is not a legal status: looked after, with the legal status left empty.
    expect(status('ZOË01')).toEqual([true, '2020-09-01', null, 'U6']);
    // Its last episode ends before it starts: the earlier one decides.
    expect(status('300105')).toEqual([false, null, null, null]);
    // An episode starting in 2030 is not trusted; the one before it is open.
    expect(status('300106')).toEqual([true, '2022-10-01', 'C2', 'U6']);
    expect(
      plan.children.find((child) => child.caseRecordId === '300105')?.values,
    ).not.toHaveProperty('gender');
  });
});

describe('the looked-after status', () => {
  const episode = (startsOn: string, endsOn: string | null, RNE: string, LS = 'C2') => ({
    startsOn,
    endsOn,
    details: { RNE, LS, PLACE: 'U4' },
  });

  it('starts a new period of care after a gap or a new start', () => {
    expect(
      lookedAfterStatus([
        episode('2018-01-01', '2018-06-01', 'S'),
        episode('2019-02-01', '2019-05-01', 'S', 'V2'),
        episode('2019-05-01', null, 'L'),
      ]),
    ).toEqual({ lookedAfter: true, since: '2019-02-01', legalStatus: 'C2', placementType: 'U4' });
  });

  it('is not looked after with no episodes or only closed ones', () => {
    expect(lookedAfterStatus([]).lookedAfter).toBe(false);
    expect(lookedAfterStatus([episode('2018-01-01', '2018-06-01', 'S')]).lookedAfter).toBe(false);
  });

  it('writes an episode in words, without repeating a code that is not in the DfE list', () => {
    expect(episodeSummary('U6', 'V2')).toBe(
      'Placed with a foster carer (U6) accommodated under section 20 (V2)',
    );
    expect(episodeSummary('U6', 'Z9')).toBe(
      'Placed with a foster carer (U6) with a legal status not in the DfE list',
    );
    expect(episodeSummary(null, null)).toBe(
      'Placement of a type not given with a legal status not given',
    );
  });
});
