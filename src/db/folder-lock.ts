import { readFileSync } from 'node:fs';
import fs from 'node:fs/promises';

export interface FolderLock {
  release(): Promise<void>;
}

export class FolderLockedError extends Error {
  override name = 'FolderLockedError';
}

/**
 * Whether the lock's holder still runs. After a crash or a container restart the old process
 * id may belong to another program by now: where /proc can tell, only a Node process counts
 * (Kindred and its command-line tools all run in Node).
 */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  let command: string;
  try {
    command = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return true;
  }
  return command.split('\0').some((arg) => /(^|\/)node(js)?(\d+)?(\.exe)?$/.test(arg));
}

/**
 * Takes an exclusive lock on a folder by creating a lock file holding our process id.
 * A lock left behind by a process that no longer runs is taken over.
 */
export async function acquireFolderLock(lockFile: string): Promise<FolderLock> {
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await fs.open(lockFile, 'wx');
      await handle.writeFile(String(process.pid));
      await handle.close();
      return {
        async release() {
          await fs.rm(lockFile, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number.parseInt(await fs.readFile(lockFile, 'utf8').catch(() => ''), 10);
      if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder)) {
        throw new FolderLockedError(
          `Another Kindred (process ${holder}) is using the data folder. Stop it first, or set KINDRED_DATA_DIR to another folder.`,
        );
      }
      await fs.rm(lockFile, { force: true });
    }
  }
  throw new FolderLockedError(`Could not lock ${lockFile}`);
}
