import { spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireFolderLock, FolderLockedError } from './folder-lock.ts';

async function lockFile() {
  return path.join(await mkdtemp(path.join(os.tmpdir(), 'kindred-lock-')), 'kindred.lock');
}

describe('the data folder lock', () => {
  it('keeps a second Kindred out while the first runs', async () => {
    const file = await lockFile();
    // Another live process (our parent) holds the lock.
    await writeFile(file, String(process.ppid));
    await expect(acquireFolderLock(file)).rejects.toBeInstanceOf(FolderLockedError);
    await expect(acquireFolderLock(file)).rejects.toThrow(/Another Kindred \(process \d+\)/);
  });

  it('takes over a lock left by a process that has gone', async () => {
    const file = await lockFile();
    await writeFile(file, '999999999');
    const lock = await acquireFolderLock(file);
    expect(await readFile(file, 'utf8')).toBe(String(process.pid));
    await lock.release();
    const again = await acquireFolderLock(file);
    await again.release();
  });

  // Linux (/proc), as on every machine of this project.
  it('takes over a lock whose process id now belongs to another program', async () => {
    const file = await lockFile();
    // After a restart, the old process id may be reused by anything: here, a sleep.
    const other = spawn('sleep', ['30'], { stdio: 'ignore' });
    try {
      await writeFile(file, String(other.pid));
      const lock = await acquireFolderLock(file);
      expect(await readFile(file, 'utf8')).toBe(String(process.pid));
      await lock.release();
    } finally {
      other.kill();
    }
  });
});
