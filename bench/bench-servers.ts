import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { DatabaseUrls } from '../src/db/provision.ts';
import { BENCH_PASSWORD } from './bench-database.ts';

/** Starting Kindred and the bare page for the benchmark, and signing in over HTTP. */

const projectDir = path.resolve(import.meta.dirname, '..');

export function startNode(
  label: string,
  args: string[],
  env: Record<string, string>,
): ChildProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], {
    cwd: projectDir,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  child.stderr?.on('data', (chunk: Buffer) => process.stderr.write(`[${label}] ${chunk}`));
  return child;
}

export async function waitFor(url: string) {
  for (let attempt = 0; attempt < 1200; attempt += 1) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  throw new Error(`${url} did not answer`);
}

function cookiesFrom(response: Response, jar: Map<string, string>) {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const [name, ...value] = (pair ?? '').split('=');
    if (name) jar.set(name.trim(), value.join('='));
  }
}

const cookieHeader = (jar: Map<string, string>) =>
  [...jar].map(([name, value]) => `${name}=${value}`).join('; ');

/** Signs in through the form, as a browser would; returns the Cookie header to send. */
export async function signIn(base: string, email: string): Promise<string> {
  const jar = new Map<string, string>();
  const page = await fetch(`${base}/sign-in`);
  cookiesFrom(page, jar);
  const token = /name="_csrf" value="([^"]+)"/.exec(await page.text())?.[1] ?? '';
  const response = await fetch(`${base}/sign-in`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookieHeader(jar) },
    body: new URLSearchParams({ _csrf: token, email, password: BENCH_PASSWORD }).toString(),
  });
  if (response.status !== 303) throw new Error(`Signing in as ${email} gave ${response.status}`);
  cookiesFrom(response, jar);
  return cookieHeader(jar);
}

/** Kindred as in production (NODE_ENV=production, templates cached), counting statements. */
export function startKindred(database: DatabaseUrls, port: number): ChildProcess {
  return startNode('kindred', ['src/server.ts'], {
    NODE_ENV: 'production',
    DATABASE_URL: database.appUrl,
    MIGRATION_DATABASE_URL: database.ownerUrl,
    COOKIE_SECRET: randomBytes(32).toString('hex'),
    KINDRED_DEMO: 'false',
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: 'warn',
    SIGN_IN_RATE_LIMIT: '100000',
    BENCH: '1',
  });
}

export async function stopProcesses(...children: ChildProcess[]): Promise<void> {
  await Promise.all(
    children.map(
      (child) =>
        new Promise((resolve) => {
          if (child.exitCode !== null) return resolve(undefined);
          child.once('exit', resolve);
          child.kill('SIGTERM');
        }),
    ),
  );
}
