import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { stopLeftoverPostgres } from '../../src/db/leftover-postgres.ts';

/**
 * Kindred as a person runs it: `npm start`'s own command (`node scripts/start.mjs`, the ahead-of-time build),
 * in a child process, on the embedded PostgreSQL in a data folder, reading nothing of the
 * developer's own settings. For the tests of starting, stopping and recovering.
 */

export const projectDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Settings that would send Kindred to another database or quieten it: never passed on. */
const OWN_SETTINGS = [
  'DATABASE_URL',
  'MIGRATION_DATABASE_URL',
  'KINDRED_DATA_DIR',
  'EMBEDDED_DATABASE_PORT',
  'TEST_DATABASE_URL',
  'NODE_ENV',
  'LOG_LEVEL',
  'KINDRED_DEMO',
  'PORT',
  'HOST',
  'VITEST',
  'VITEST_POOL_ID',
  'VITEST_WORKER_ID',
];

export function cleanEnvironment(settings: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of OWN_SETTINGS) delete env[name];
  return { ...env, ...settings };
}

/** A new, empty data folder (readable by the postgres user when the tests run as root). */
export async function newDataFolder(label: string): Promise<string> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), `kindred-${label}-`));
  await chmod(dataDir, 0o755);
  return dataDir;
}

export async function freePort(): Promise<number> {
  const server = net.createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  await once(server, 'close');
  if (!address || typeof address !== 'object') throw new Error('No free port');
  return address.port;
}

export interface RunningKindred {
  baseUrl: string;
  process: ChildProcess;
  /** Everything Kindred printed so far, standard output and standard error together. */
  output(): string;
  /** Sends a signal to Kindred's process alone and waits for it to end. */
  stop(signal: NodeJS.Signals): Promise<Ended>;
  /** Ctrl+C in the terminal: SIGINT to every process in Kindred's process group. */
  interrupt(): Promise<Ended>;
}

export interface Ended {
  code: number | null;
  signal: NodeJS.Signals | null;
}

/** Starts Kindred on a data folder and waits until /health/ready answers 200. */
export async function startKindred(
  dataDir: string,
  options: { timeoutMs?: number; env?: Record<string, string> } = {},
): Promise<RunningKindred> {
  const port = await freePort();
  const baseUrl = `http://localhost:${port}`;
  const child = spawn(process.execPath, ['scripts/start.mjs'], {
    cwd: projectDir,
    env: cleanEnvironment({ KINDRED_DATA_DIR: dataDir, PORT: String(port), ...options.env }),
    stdio: ['ignore', 'pipe', 'pipe'],
    // A process group of its own, as a terminal gives the command it runs: see interrupt().
    detached: true,
  });
  let printed = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    printed += chunk.toString('utf8');
  });
  const exited = once(child, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
  const ended = async (): Promise<Ended> => {
    const [code, signal] = await exited;
    return { code, signal };
  };
  const isRunning = () => child.exitCode === null && child.signalCode === null;
  const running: RunningKindred = {
    baseUrl,
    process: child,
    output: () => printed,
    async stop(signal) {
      if (isRunning()) child.kill(signal);
      return ended();
    },
    async interrupt() {
      if (isRunning() && child.pid) process.kill(-child.pid, 'SIGINT');
      return ended();
    },
  };
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`Kindred ended while starting (exit code ${child.exitCode}):\n${printed}`);
    }
    const ready = await fetch(`${baseUrl}/health/ready`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (ready) return running;
    await sleep(250);
  }
  await running.stop('SIGKILL');
  throw new Error(`Kindred was not ready within the time allowed:\n${printed}`);
}

/** Lines that Kindred logged at error level or above, in its readable or its JSON form. */
export function errorLines(output: string): string[] {
  return output
    .split('\n')
    .filter((line) => /\b(ERROR|FATAL)\b/.test(line) || /"level":\s*(50|60)\b/.test(line));
}

export interface Page {
  status: number;
  location: string | null;
  retryAfter: string | null;
  body: string;
}

/** A small browser over fetch: keeps cookies and the last CSRF token, as a person's would. */
export class Browser {
  private cookies = new Map<string, string>();
  private csrfToken = '';

  constructor(private readonly baseUrl: string) {}

  get(pathname: string): Promise<Page> {
    return this.send(pathname, { method: 'GET' });
  }

  post(pathname: string, form: Record<string, string>): Promise<Page> {
    const body = new URLSearchParams({ _csrf: this.csrfToken, ...form });
    return this.send(pathname, {
      method: 'POST',
      body: body.toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
  }

  /** Signs in through the form and returns the home page it lands on. */
  async signIn(email: string, password: string): Promise<Page> {
    await this.get('/sign-in');
    const response = await this.post('/sign-in', { email, password });
    if (response.status !== 303) throw new Error(`Sign-in failed with ${response.status}`);
    return this.get(response.location ?? '/');
  }

  private async send(pathname: string, init: RequestInit): Promise<Page> {
    const cookie = [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
    const response = await fetch(new URL(pathname, this.baseUrl), {
      ...init,
      redirect: 'manual',
      headers: { ...(init.headers as Record<string, string>), ...(cookie ? { cookie } : {}) },
    });
    for (const header of response.headers.getSetCookie()) {
      const pair = header.split(';')[0] ?? '';
      const name = pair.slice(0, pair.indexOf('='));
      const value = pair.slice(pair.indexOf('=') + 1);
      if (value === '' || /max-age=0|expires=thu, 01 jan 1970/i.test(header)) {
        this.cookies.delete(name);
      } else {
        this.cookies.set(name, value);
      }
    }
    const body = await response.text();
    const token = /name="_csrf" value="([^"]+)"/.exec(body)?.[1];
    if (token) this.csrfToken = token;
    return {
      status: response.status,
      location: response.headers.get('location'),
      retryAfter: response.headers.get('retry-after'),
      body,
    };
  }
}

/** After a test: Kindred stopped as Ctrl+C would, any server it left stopped, the folder gone. */
export async function removeDataFolder(dataDir: string, kindred?: RunningKindred): Promise<void> {
  if (kindred && kindred.process.exitCode === null && kindred.process.signalCode === null) {
    await kindred.interrupt();
  }
  await stopLeftoverPostgres(path.join(dataDir, 'postgres'), pino({ level: 'silent' }));
  await rm(dataDir, { recursive: true, force: true });
}
