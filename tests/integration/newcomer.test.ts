import { execFile } from 'node:child_process';
import { access, readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import {
  Browser,
  cleanEnvironment,
  errorLines,
  newDataFolder,
  projectDir,
  type RunningKindred,
  removeDataFolder,
  startKindred,
} from '../support/kindred-process.ts';

const run = promisify(execFile);
const fixtures = path.join(projectDir, 'src/features/children/fixtures');

/**
 * The path a newcomer takes: `npm start` on a machine with nothing set up (the embedded
 * PostgreSQL in a new data folder, the demo accounts), signing in, importing the council's
 * looked-after children list from the command line, and Ctrl+C.
 */
describe('a newcomer starts Kindred, uses it and stops it', () => {
  let dataDir: string | undefined;
  let kindred: RunningKindred | undefined;

  afterAll(async () => {
    if (dataDir) await removeDataFolder(dataDir, kindred);
  });

  it('starts on an empty folder, signs in, imports from the command line and stops cleanly', {
    timeout: 300_000,
  }, async () => {
    dataDir = await newDataFolder('newcomer');
    kindred = await startKindred(dataDir);
    // One line says where Kindred is, with the demo accounts; readable, not JSON.
    const started = kindred.output();
    expect(started.split('Kindred is running at')).toHaveLength(2);
    expect(started).toContain(`Kindred is running at ${kindred.baseUrl}\nDemo accounts`);
    expect(started).toContain('coordinator@demo.kindred.example');
    expect(started).not.toContain('listening at');
    expect(started).not.toContain('{"level"');
    // Waiting for it asked /health/ready many times: none of that is logged at info.
    expect(started).not.toContain('/health/');

    const coordinator = new Browser(kindred.baseUrl);
    const home = await coordinator.signIn(
      'coordinator@demo.kindred.example',
      'kindred-demo-password',
    );
    expect(home.status).toBe(200);
    expect(home.body).toContain('Hello, Cara Okafor');

    // The import joins the database of the Kindred that is running on the folder.
    const imported = await run(
      'npm',
      [
        'run',
        '--silent',
        'kindred',
        '--',
        'import-ssda903',
        '--organisation',
        'DEMO',
        '--header',
        path.join(fixtures, 'header.csv'),
        '--episodes',
        path.join(fixtures, 'episodes.csv'),
      ],
      { cwd: projectDir, env: cleanEnvironment({ KINDRED_DATA_DIR: dataDir }) },
    );
    expect(imported.stdout).toContain('Imported into Demo Council');

    const manager = new Browser(kindred.baseUrl);
    await manager.signIn('manager@demo.kindred.example', 'kindred-demo-password');
    const register = await manager.get('/children');
    expect(register.status).toBe(200);
    for (const child of ['100201', '100202', '100203', '100204']) {
      expect(register.body).toContain(child);
    }

    // Ctrl+C: the terminal signals the whole process group, not Kindred alone.
    const stopped = await kindred.interrupt();
    expect(stopped).toEqual({ code: 0, signal: null });
    expect(errorLines(kindred.output())).toEqual([]);
    expect(kindred.output()).toContain('Kindred has stopped');
    // running.json holds the database passwords: it goes when Kindred stops.
    expect(await readdir(dataDir)).not.toContain('running.json');
    await expect(access(path.join(dataDir, 'postgres', 'postmaster.pid'))).rejects.toThrow();
  });
});
