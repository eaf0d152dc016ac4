import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Logger } from 'pino';

const STOP_WAIT_MS = 30_000;

/** Alive and not a zombie: a killed process that nobody has reaped yet still answers signal 0. */
async function isAlive(pid: number): Promise<boolean> {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => undefined);
  // The state follows the command name in brackets: "123 (postgres) S ...".
  return (
    stat === undefined || stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z'
  );
}

/**
 * Whether the process is a PostgreSQL server for this cluster, not an unrelated process that
 * happens to have the old process id. Where /proc cannot tell (not Linux), postmaster.pid's
 * own record of its data folder has to do.
 */
async function servesCluster(pid: number, clusterDir: string): Promise<boolean> {
  const cmdline = await readFile(`/proc/${pid}/cmdline`, 'utf8').catch(() => undefined);
  if (cmdline === undefined) return true;
  const args = cmdline.split('\0');
  return (
    (args[0] ?? '').endsWith('postgres') &&
    args.some((arg) => path.resolve(arg) === path.resolve(clusterDir))
  );
}

/**
 * A Kindred that was killed (SIGKILL, a power cut of the terminal, an out-of-memory kill) leaves
 * the PostgreSQL it started running, holding the cluster. The data folder lock has already
 * proved that no Kindred owns this folder now, so the server is an orphan: ask it for a fast
 * shutdown (it rolls back what was in flight; everything committed is kept) and wait for it.
 */
export async function stopLeftoverPostgres(clusterDir: string, logger: Logger): Promise<void> {
  const pidFile = await readFile(path.join(clusterDir, 'postmaster.pid'), 'utf8').catch(
    () => undefined,
  );
  if (!pidFile) return;
  const [pidLine, dataDirLine] = pidFile.split('\n');
  const pid = Number.parseInt(pidLine ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0) return;
  if (path.resolve(dataDirLine ?? '') !== path.resolve(clusterDir)) return;
  // A stale file from a server that has gone: PostgreSQL itself clears it at start.
  if (!(await isAlive(pid)) || !(await servesCluster(pid, clusterDir))) return;

  logger.warn(
    `A PostgreSQL left running by an earlier Kindred (process ${pid}) holds the data folder; stopping it first`,
  );
  process.kill(pid, 'SIGINT');
  for (let waited = 0; waited < STOP_WAIT_MS; waited += 100) {
    if (!(await isAlive(pid))) return;
    await sleep(100);
  }
  throw new Error(
    `The PostgreSQL left running by an earlier Kindred (process ${pid}) did not stop within 30 s; stop that process, then start Kindred again`,
  );
}
