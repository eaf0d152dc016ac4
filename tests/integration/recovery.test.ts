import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import {
  Browser,
  cleanEnvironment,
  errorLines,
  freePort,
  newDataFolder,
  type Page,
  projectDir,
  type RunningKindred,
  removeDataFolder,
  startKindred,
} from '../support/kindred-process.ts';

const run = promisify(execFile);
const ADMIN = 'admin@demo.kindred.example';
const PASSWORD = 'kindred-demo-password';
const OUTAGE_SENTENCE = 'Kindred cannot reach its database. Try again in a minute.';

async function postmasterPid(dataDir: string): Promise<number> {
  const pidFile = await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8');
  return Number.parseInt(pidFile.split('\n')[0] ?? '', 10);
}

/** Running, not merely a zombie waiting for a parent that never reaps (pid 1 here may not). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

/**
 * Recovery without an operator: the embedded PostgreSQL killed under a write load, and Kindred
 * itself killed. Nothing a person was told had been saved may be lost, and nobody has to step in.
 */
describe('Kindred recovers by itself', () => {
  let dataDir: string | undefined;
  let kindred: RunningKindred | undefined;

  afterAll(async () => {
    if (dataDir) await removeDataFolder(dataDir, kindred);
  });

  it('when its PostgreSQL is killed under load, and when Kindred itself is killed', {
    timeout: 400_000,
  }, async () => {
    dataDir = await newDataFolder('recovery');
    kindred = await startKindred(dataDir);
    const admin = new Browser(kindred.baseUrl);
    expect((await admin.signIn(ADMIN, PASSWORD)).body).toContain('Hello, Alex Morgan');

    // Someone watching while it happens: the probes, and a page of a signed-in person.
    const watcher = new Browser(kindred.baseUrl);
    await watcher.signIn(ADMIN, PASSWORD);
    const seen = { live: new Set<number>(), ready: [] as number[], pages: [] as Page[] };
    let watching = true;
    const watching$ = (async () => {
      while (watching) {
        const base = kindred?.baseUrl;
        seen.live.add((await fetch(`${base}/health/live`)).status);
        seen.ready.push((await fetch(`${base}/health/ready`)).status);
        seen.pages.push(await watcher.get('/admin/teams'));
        await sleep(50);
      }
    })();

    // A write load: one team after another, each acknowledged by the redirect to the list.
    const acknowledged: string[] = [];
    const unexpected: string[] = [];
    let killed = false;
    let acknowledgedAfterKill = 0;
    for (let attempt = 0; acknowledgedAfterKill < 10; attempt += 1) {
      if (attempt > 2000) throw new Error('Kindred did not recover from the database outage');
      const name = `Load team ${attempt}`;
      const answer = await admin.post('/admin/teams/new', { name });
      if (answer.status === 303) {
        acknowledged.push(name);
        if (killed) acknowledgedAfterKill += 1;
      } else if (answer.status === 503) {
        expect(answer.body).toContain(OUTAGE_SENTENCE);
        await sleep(100);
      } else {
        unexpected.push(`${name}: ${answer.status}`);
      }
      if (acknowledged.length === 5 && !killed) {
        killed = true;
        process.kill(await postmasterPid(dataDir), 'SIGKILL');
      }
    }
    watching = false;
    await watching$;
    expect(unexpected).toEqual([]);

    // While it was down: liveness held, readiness said so, and pages said so plainly.
    expect([...seen.live]).toEqual([200]);
    expect(seen.ready).toContain(503);
    expect(seen.ready.at(-1)).toBe(200);
    expect(new Set(seen.pages.map((page) => page.status))).toEqual(new Set([200, 503]));
    const outage = seen.pages.find((page) => page.status === 503);
    expect(outage?.body).toContain(OUTAGE_SENTENCE);
    expect(outage?.body).toContain('<footer class="govuk-footer">');
    expect(outage?.body).not.toMatch(/\.ts:\d+/);
    expect(outage?.retryAfter).toBe('60');

    const teams = await admin.get('/admin/teams');
    expect(teams.status).toBe(200);
    for (const name of acknowledged) expect(teams.body).toContain(`>${name}<`);
    expect(kindred.output()).toContain('The embedded PostgreSQL stopped unexpectedly (SIGKILL)');
    expect(kindred.output()).toContain('The embedded PostgreSQL is running again');
    expect(errorLines(kindred.output())).toEqual([]);

    // Kindred killed outright: the PostgreSQL it started outlives it and holds the folder.
    const orphan = await postmasterPid(dataDir);
    expect(await kindred.stop('SIGKILL')).toEqual({ code: null, signal: 'SIGKILL' });
    expect(isAlive(orphan)).toBe(true);

    kindred = await startKindred(dataDir);
    expect(kindred.output()).toContain(
      `A PostgreSQL left running by an earlier Kindred (process ${orphan}) holds the data folder`,
    );
    expect(isAlive(orphan)).toBe(false);
    const again = new Browser(kindred.baseUrl);
    expect((await again.signIn(ADMIN, PASSWORD)).body).toContain('Hello, Alex Morgan');
    const teamsAfter = await again.get('/admin/teams');
    for (const name of acknowledged) expect(teamsAfter.body).toContain(`>${name}<`);

    // The audit trail of everything above is whole.
    const verified = await run('npm', ['run', '--silent', 'audit:verify'], {
      cwd: projectDir,
      env: cleanEnvironment({ KINDRED_DATA_DIR: dataDir }),
    });
    expect(verified.stdout).not.toBe('');

    expect(await kindred.interrupt()).toEqual({ code: 0, signal: null });
    expect(errorLines(kindred.output())).toEqual([]);
    expect(await readdir(dataDir)).not.toContain('running.json');
  });
});

describe('when Kindred cannot start', () => {
  let dataDir: string | undefined;
  const taken = net.createServer();

  afterAll(async () => {
    taken.close();
    if (dataDir) await removeDataFolder(dataDir);
  });

  it('says why at error level in one plain sentence', { timeout: 180_000 }, async () => {
    dataDir = await newDataFolder('cannot-start');
    // Something else already listens on the port the embedded database is told to use.
    const port = await freePort();
    taken.listen(port, '127.0.0.1');
    await once(taken, 'listening');
    const kindred = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: projectDir,
      env: cleanEnvironment({
        KINDRED_DATA_DIR: dataDir,
        EMBEDDED_DATABASE_PORT: String(port),
        PORT: String(await freePort()),
      }),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let printed = '';
    kindred.stdout.on('data', (chunk: Buffer) => {
      printed += chunk.toString('utf8');
    });
    kindred.stderr.on('data', (chunk: Buffer) => {
      printed += chunk.toString('utf8');
    });
    const [code] = await once(kindred, 'exit');
    expect(code).toBe(1);
    const errors = errorLines(printed);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      /ERROR: Kindred could not start: The embedded PostgreSQL did not start: could not bind IPv4 address "127\.0\.0\.1": Address already in use/,
    );
    expect(printed).not.toMatch(/^\s+at /m);
  });
});
