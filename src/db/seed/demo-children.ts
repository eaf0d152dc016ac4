import type { Tx } from '../database.ts';

/** The demo organisation's made-up children, with placement episodes in their chronologies. */
export async function seedDemoChildren(
  tx: Tx,
  organisationId: string,
  people: { socialWorker: string; iro: string },
) {
  const child = (values: Record<string, unknown>) =>
    tx
      .insertInto('children')
      .values({
        organisation_id: organisationId,
        social_worker_id: people.socialWorker,
        iro_id: people.iro,
        ...values,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow()
      .then((row) => row.id);

  const ava = await child({
    first_name: 'Ava',
    last_name: 'Thompson',
    date_of_birth: '2011-03-14',
    gender: '2',
    ethnicity: 'WBRI',
    first_language: 'English',
    looked_after: true,
    looked_after_since: '2019-06-01',
    legal_status: 'C2',
    placement_type: 'U4',
    case_record_id: 'DEMO-1001',
    carers: 'Jo and Chris Green (foster carers)',
  });
  const jayden = await child({
    first_name: 'Jayden',
    last_name: 'Clarke',
    preferred_name: 'Jay',
    date_of_birth: '2010-11-02',
    gender: '1',
    ethnicity: 'MWBC',
    first_language: 'English',
    looked_after: true,
    looked_after_since: '2021-02-15',
    legal_status: 'C2',
    placement_type: 'K2',
    case_record_id: 'DEMO-1002',
    carers: 'Oak House children’s home',
  });
  const maisie = await child({
    first_name: 'Maisie',
    last_name: 'Brown',
    date_of_birth: '2016-05-20',
    gender: '2',
    ethnicity: 'WBRI',
    first_language: 'English',
    case_record_id: 'DEMO-1003',
    iro_id: null,
  });
  const leo = await child({
    first_name: 'Leo',
    last_name: 'Brown',
    date_of_birth: '2019-09-09',
    gender: '1',
    ethnicity: 'WBRI',
    first_language: 'English',
    case_record_id: 'DEMO-1004',
    iro_id: null,
  });
  const zofia = await child({
    first_name: 'Zofia',
    last_name: 'Nowak',
    date_of_birth: '2012-01-30',
    gender: '2',
    ethnicity: 'WOTH',
    first_language: 'Polish',
    interpreter_needed: true,
    looked_after: true,
    looked_after_since: '2024-09-03',
    legal_status: 'C2',
    placement_type: 'U4',
    case_record_id: 'DEMO-1005',
    carers: 'Ewa and Tom Lewis (foster carers)',
  });
  await child({
    first_name: 'Amir',
    last_name: 'Haddad',
    date_of_birth: '2011-12-11',
    gender: '1',
    ethnicity: 'OOTH',
    first_language: 'Arabic',
    interpreter_needed: true,
    looked_after: true,
    looked_after_since: '2025-08-20',
    legal_status: 'V2',
    placement_type: 'U6',
    uasc: true,
    case_record_id: 'DEMO-1006',
  });

  await episodes(tx, organisationId, ava, 'DEMO-1001', [
    [
      '2019-06-01',
      '2020-01-10',
      'L1',
      'U4',
      'Placed with foster carers under an interim care order',
    ],
    ['2020-01-10', null, 'C2', 'U4', 'Placed with foster carers under a full care order'],
  ]);
  await episodes(tx, organisationId, jayden, 'DEMO-1002', [
    ['2021-02-15', '2023-05-02', 'C2', 'U4', 'Placed with foster carers under a full care order'],
    ['2023-05-02', null, 'C2', 'K2', 'Moved to a children’s home under a full care order'],
  ]);

  return { ava, jayden, maisie, leo, zofia };
}

async function episodes(
  tx: Tx,
  organisationId: string,
  childId: string,
  caseRecordId: string,
  rows: Array<[string, string | null, string, string, string]>,
) {
  for (const [starts, ends, legalStatus, placement, summary] of rows) {
    await tx
      .insertInto('chronology_entries')
      .values({
        organisation_id: organisationId,
        child_id: childId,
        starts_on: starts,
        ends_on: ends,
        kind: 'placement_episode',
        summary,
        details: JSON.stringify({ LS: legalStatus, PLACE: placement }),
        source: 'ssda903',
        source_key: `${caseRecordId}:${starts}`,
      })
      .execute();
  }
}
