/**
 * Fills a benchmark database with made-up data: one organisation ("BENCH") with N children and
 * young people, their placement episodes, referrals (one for every 50 children), journeys, case
 * notes, planning meetings and audit events; and 150 small organisations for the cross-tenant case.
 * Everything is written set-wise with generate_series, as the schema owner.
 *
 *   npm run bench:data -- --children 100000 [--dir /tmp/kindred-bench-100000]
 *
 * The audit events are made up too, but sealed by the real sealer, so `audit:verify` on a bench
 * database finds a whole chain. Never point this at a live database: it only runs on its own embedded
 * server in the bench folder.
 */
import { rm, writeFile } from 'node:fs/promises';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { hashPassword } from '../src/platform/passwords.ts';
import {
  argument,
  BENCH_PASSWORD,
  type BenchFacts,
  benchDataDir,
  factsFile,
  startBenchDatabase,
} from './bench-database.ts';

const FIRST_NAMES =
  `Ada Ben Cara Dev Ella Finn Grace Hamza Isla Jay Kai Leah Mo Nia Omar Poppy Quinn Ruby
  Sami Tia Uma Vik Will Xena Yusuf Zoë Aoife Bilal Chloe Dara Esme Femi Gus Hana Idris Jade Kofi Lola
  Milo Nell Ollie Priya Rhys Siân Theo Una Vera Wren Yara Zak Amara Bo Cian Dina Eli Fern Gil Hal Ivy Joe`
    .split(/\s+/)
    .filter(Boolean);
const SURNAME_STARTS =
  `Ab Okaf Lind Mac Hugh Pat Kow Nguy Brad Fitz Ash Ced Dun Ell Fen Gar Hol Ing Jar
  Kel Lan Mor Nor O'Br Pen Quin Ros Sta Tho Up Val Wes Yar Zel Carr Dal Bri Gow Hart Cro`
    .split(/\s+/)
    .filter(Boolean);
const SURNAME_ENDS =
  `or qvist son ley ton well ford ham wood field er man ski ett ard by ing more den
  ridge stone worth lock wick brook hurst ington ell ow ay ance ier sen berg dottir ova ez ini opoulos ashvili`
    .split(/\s+/)
    .filter(Boolean);

const OTHER_ORGANISATIONS = 150;
const CHILDREN_PER_OTHER_ORGANISATION = 20;

async function generate(client: pg.Client, children: number): Promise<Omit<BenchFacts, 'seconds'>> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const q = (text: string, values: unknown[] = []) => client.query(text, values);

  const org = (
    await q(
      `insert into organisations (code, name) values ('BENCH', 'Benchmark Council') returning id`,
    )
  ).rows[0].id as string;
  const team = (
    await q(`insert into teams (organisation_id, name) values ($1, 'Bench team') returning id`, [
      org,
    ])
  ).rows[0].id as string;
  const staff: Array<[string, number]> = [
    ['team_manager', 2],
    ['coordinator', 12],
    ['social_worker', 60],
    ['iro', 12],
    ['practice_manager', 2],
    ['administrator', 1],
  ];
  for (const [role, count] of staff) {
    await q(
      `insert into users (organisation_id, team_id, display_name, email, password_hash, roles, languages)
       select $1, $2, initcap(replace($3, '_', ' ')) || ' ' || n, replace($3, '_', '.') || n || '@bench.kindred.example',
              $4, array[$3], case when $3 = 'coordinator' and n % 3 = 0 then array['Polish'] else '{}' end
       from generate_series(1, $5::int) n`,
      [org, team, role, passwordHash, count],
    );
  }

  // Children: surnames cycle through every start and ending, so a surname is shared by about
  // one child in 1,600, as in a real register; first names cycle independently.
  await q(
    `insert into children (organisation_id, first_name, last_name, preferred_name, date_of_birth, gender,
       ethnicity, first_language, looked_after, looked_after_since, legal_status, placement_type,
       care_leaver_status, case_record_id, social_worker_id, iro_id, created_at)
     select $1, ($2::text[])[1 + n % cardinality($2::text[])],
            ($3::text[])[1 + n % cardinality($3::text[])] || ($4::text[])[1 + (n / cardinality($3::text[])) % cardinality($4::text[])],
            case when n % 11 = 0 then 'Sunny' end,
            date '2005-01-01' + (n * 37) % 6570, case when n % 2 = 0 then '1' else '2' end,
            (array['WBRI','WIRI','MWBC','AIND','BAFR','CHNE','WOTH'])[1 + n % 7],
            case when n % 13 = 0 then 'Polish' else 'English' end,
            n % 5 <> 0, case when n % 5 <> 0 then date '2015-01-01' + n % 3000 end,
            case when n % 5 <> 0 then 'C2' end, case when n % 5 <> 0 then 'U1' end,
            case when n % 10 = 0 then 'eligible' when n % 17 = 0 then 'former_relevant' else 'not_care_leaver' end,
            'LL' || lpad(n::text, 7, '0'),
            sw.ids[1 + n % cardinality(sw.ids)], iro.ids[1 + n % cardinality(iro.ids)],
            now() - (n % 900) * interval '1 day'
     from generate_series(1, $5::int) n,
          (select array_agg(id order by email) ids from users where organisation_id = $1 and 'social_worker' = any(roles)) sw,
          (select array_agg(id order by email) ids from users where organisation_id = $1 and 'iro' = any(roles)) iro`,
    [org, FIRST_NAMES, SURNAME_STARTS, SURNAME_ENDS, children],
  );
  await q(
    `insert into chronology_entries (organisation_id, child_id, starts_on, ends_on, kind, summary, details, source, source_key)
     select organisation_id, id, looked_after_since, null, 'placement_episode',
            'Placed with a foster carer (U1), legal status C2', '{"placement":"U1","legalStatus":"C2"}'::jsonb,
            'ssda903', 'E-' || case_record_id
     from children where organisation_id = $1 and looked_after`,
    [org],
  );

  // One referral for every 50 children: drafts, waiting, declined and (mostly) accepted.
  await q(
    `with kids as (
       select id, social_worker_id, row_number() over (order by case_record_id) as n
       from children where organisation_id = $1)
     insert into referrals (organisation_id, reference, kind, status, referrer_id, referrer_role, reason, hopes,
       known_risks, placement_timeline, language, interpreter_needed, advocate_needed, submitted_at,
       criteria_met, decided_at, decline_reason, coordinator_id, matched_at, created_at)
     select $1, case when n % 3 = 0 then 'FGC' else 'LL' end || '-2026-' || lpad((n / 50)::text, 5, '0'),
            case when n % 3 = 0 then 'fgc' else 'lifelong_links' end,
            case when n % 500 = 1 then 'draft' when n % 500 < 100 then 'submitted'
                 when n % 500 < 150 then 'declined' else 'accepted' end,
            social_worker_id, 'social_worker',
            'They would like to find people from their past who cared about them.',
            'To know their family history and have people to spend holidays with.',
            'None known beyond what is in the chronology.', 'Settled placement, no move planned.',
            'English', false, n % 4 = 0,
            case when n % 500 <> 1 then now() - (n % 200) * interval '1 day' end,
            case when n % 500 >= 100 then n % 500 >= 150 end,
            case when n % 500 >= 100 then now() - (n % 100) * interval '1 day' end,
            case when n % 500 >= 100 and n % 500 < 150 then 'Does not meet the criteria: made up.' end,
            case when n % 500 >= 150 then co.ids[1 + n % cardinality(co.ids)] end,
            case when n % 500 >= 150 then now() - (n % 90) * interval '1 day' end,
            now() - (n % 250) * interval '1 day'
     from kids, (select array_agg(id order by email) ids from users where organisation_id = $1 and 'coordinator' = any(roles)) co
     where n % 50 = 1`,
    [org],
  );
  await q(
    `insert into referral_children (organisation_id, referral_id, child_id)
     select r.organisation_id, r.id, k.id
     from referrals r
     join (select id, row_number() over (order by case_record_id) n from children where organisation_id = $1) k
       on k.n % 50 = 1 and right(r.reference, 5) = lpad((k.n / 50)::text, 5, '0')
     where r.organisation_id = $1`,
    [org],
  );
  await q(
    `insert into consents (organisation_id, referral_id, child_id, giver, given_on, method, own_words,
       scope_search, scope_contact, scope_share)
     select rc.organisation_id, rc.referral_id, rc.child_id, 'young_person', current_date - 30, 'in_person',
            'I want to find my nan and my cousins.', true, true, true
     from referral_children rc where rc.organisation_id = $1`,
    [org],
  );
  await q(
    `insert into journeys (organisation_id, referral_id, kind, stage, status, coordinator_id, opened_at,
       consent_reconfirmation_due)
     select organisation_id, id, kind, 1 + (abs(hashtext(reference)) % 8),
            case when abs(hashtext(reference)) % 20 = 0 then 'paused' else 'active' end,
            coordinator_id, matched_at, (matched_at + interval '90 days')::date
     from referrals where organisation_id = $1 and status = 'accepted'`,
    [org],
  );
  await q(
    `insert into journey_events (organisation_id, journey_id, kind, from_stage, to_stage, reason, actor_id, occurred_at)
     select j.organisation_id, j.id, 'opened', null, 1, null, j.coordinator_id, j.opened_at from journeys j where j.organisation_id = $1
     union all
     select j.organisation_id, j.id, 'stage_moved', s - 1, s, 'Ready for the next stage', j.coordinator_id,
            j.opened_at + s * interval '5 days'
     from journeys j, generate_series(2, 8) s where j.organisation_id = $1 and s <= j.stage`,
    [org],
  );
  await q(
    `insert into planning_meetings (organisation_id, journey_id, starts_at, venue, carer_invited, attendees,
       objectives, recorded_at, recorded_by)
     select organisation_id, id, opened_at + interval '7 days', 'Family centre, meeting room 2', true,
            'Team manager, social worker, IRO', 'Agree the search and who to contact first.',
            case when stage > 2 then opened_at + interval '7 days' end, case when stage > 2 then coordinator_id end
     from journeys where organisation_id = $1 and stage >= 2`,
    [org],
  );
  await q(
    `insert into case_notes (organisation_id, journey_id, author_id, body, sensitive, created_at)
     select j.organisation_id, j.id, j.coordinator_id,
            'Visit ' || s || ': talked about who they remember and drew a timeline together.', s = 3,
            j.opened_at + s * interval '3 days'
     from journeys j, generate_series(1, 6) s where j.organisation_id = $1`,
    [org],
  );

  // Audit events (two per child, as if each record had been opened twice), appended as Kindred
  // appends them and then sealed into the organisation's chain by the sealer (ADR 0016).
  await q(
    `insert into audit_events (organisation_id, occurred_at, actor_user_id, action, subject_type,
       subject_id, detail)
     select $1, now() - interval '1 hour', c.social_worker_id, 'child.viewed', 'child',
            c.id::text, '{"page":"record"}'::jsonb
     from children c, generate_series(1, 2) v where c.organisation_id = $1`,
    [org],
  );
  await q('select * from kindred_seal_audit_events(1000000)', []);

  // The cross-tenant case: 150 more organisations, each with a manager and 20 children.
  await q(
    `with orgs as (
       insert into organisations (code, name)
       select 'OTHER' || o, 'Other Council ' || o from generate_series(1, $1::int) o returning id)
     insert into users (organisation_id, display_name, email, password_hash, roles)
     select id, 'Manager', 'manager@other.kindred.example', $2, array['team_manager'] from orgs`,
    [OTHER_ORGANISATIONS, passwordHash],
  );
  await q(
    `insert into children (organisation_id, first_name, last_name, date_of_birth, case_record_id)
     select o.id, ($1::text[])[1 + n % cardinality($1::text[])], ($2::text[])[1 + n % cardinality($2::text[])] || 'son',
            date '2008-01-01' + n * 50, 'OT' || n
     from organisations o, generate_series(1, $3::int) n where o.code like 'OTHER%'`,
    [FIRST_NAMES, SURNAME_STARTS, CHILDREN_PER_OTHER_ORGANISATION],
  );
  await q('analyze');

  // The case the harness opens: a journey in the discovery stage or later, with notes.
  const chosen = (
    await q(
      `select j.id as journey_id, rc.child_id from journeys j
       join referral_children rc on rc.referral_id = j.referral_id
       where j.organisation_id = $1 and j.stage >= 3 order by j.opened_at desc limit 1`,
      [org],
    )
  ).rows[0] as { journey_id: string; child_id: string } | undefined;
  if (!chosen) throw new Error('Too few children for a journey: generate at least 150');
  return {
    children,
    organisations: OTHER_ORGANISATIONS + 1,
    generatedAt: new Date().toISOString(),
    accounts: {
      manager: 'team.manager1@bench.kindred.example',
      coordinator: 'coordinator1@bench.kindred.example',
      socialWorker: 'social.worker1@bench.kindred.example',
    },
    journeyId: chosen.journey_id,
    childId: chosen.child_id,
    searchText: 'lindqv',
  };
}

/** Generates the bench folder for this many children (replacing what was there). */
export async function generateBenchData(children: number, dataDir: string): Promise<BenchFacts> {
  await rm(dataDir, { recursive: true, force: true });
  const started = performance.now();
  const database = await startBenchDatabase(dataDir);
  const client = new pg.Client({ connectionString: database.ownerUrl });
  await client.connect();
  try {
    await client.query('begin');
    const facts = await generate(client, children);
    await client.query('commit');
    const complete = { ...facts, seconds: Math.round((performance.now() - started) / 100) / 10 };
    await writeFile(factsFile(dataDir), JSON.stringify(complete, null, 2));
    return complete;
  } finally {
    await client.end();
    await database.stop();
  }
}

if (process.argv[1]?.endsWith('data.ts')) {
  const children = Number(argument('children', '1000'));
  if (!Number.isInteger(children) || children < 150) {
    process.stderr.write('--children must be a whole number, 150 or more\n');
    process.exit(1);
  }
  const dataDir = benchDataDir(
    children,
    process.argv.includes('--dir') ? argument('dir', '') : undefined,
  );
  generateBenchData(children, dataDir).then(
    (facts) => {
      process.stdout.write(`Generated ${children} children in ${dataDir} (${facts.seconds} s)\n`);
      process.exit(0);
    },
    (error: unknown) => {
      process.stderr.write(`${(error as Error).stack ?? error}\n`);
      process.exit(1);
    },
  );
}
