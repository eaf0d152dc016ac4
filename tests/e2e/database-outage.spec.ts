import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { AxeBuilder } from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import {
  newDataFolder,
  type RunningKindred,
  removeDataFolder,
  startKindred,
} from '../support/kindred-process.ts';
import { demoAccount, pageHeading, submitSignIn } from './helpers.ts';

/**
 * A person using Kindred while its database goes away and comes back. This Kindred is one of
 * its own (the shared test server must not lose its database), started as `npm start` starts.
 */
test.describe('while the database is away', () => {
  test.describe.configure({ timeout: 240_000 });
  let dataDir: string | undefined;
  let kindred: RunningKindred | undefined;

  test.afterAll(async () => {
    if (dataDir) await removeDataFolder(dataDir, kindred);
  });

  test('a person is told plainly, and carries on when it is back', async ({ page }) => {
    dataDir = await newDataFolder('outage');
    kindred = await startKindred(dataDir);
    const at = (pathname: string) => `${kindred?.baseUrl}${pathname}`;
    const manager = demoAccount('team_manager');
    await page.goto(at('/sign-in'));
    await submitSignIn(page, manager.email, manager.password);
    await expect(pageHeading(page)).toHaveText(`Hello, ${manager.displayName}`);

    // Kindred restarts its database within seconds, so the page may come back before we look:
    // stop the database until the outage page has been seen.
    for (let attempt = 1; ; attempt += 1) {
      const pidFile = await readFile(path.join(dataDir, 'postgres', 'postmaster.pid'), 'utf8');
      process.kill(Number.parseInt(pidFile.split('\n')[0] ?? '', 10), 'SIGKILL');
      while ((await fetch(at('/health/ready'))).status !== 503) await sleep(50);
      await page.goto(at('/children'));
      if ((await pageHeading(page).textContent()) !== 'Children and young people') break;
      if (attempt === 5) throw new Error('The outage page never showed');
      while ((await fetch(at('/health/ready'))).status !== 200) await sleep(200);
    }
    await expect(pageHeading(page)).toHaveText('Kindred cannot reach its database');
    await expect(
      page.getByText('Kindred cannot reach its database. Try again in a minute.'),
    ).toBeVisible();
    const results = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
      .analyze();
    expect(results.violations.map((violation) => violation.id)).toEqual([]);

    // Nobody restarts anything: trying again a little later works.
    await expect(async () => {
      await page.reload();
      await expect(pageHeading(page)).toHaveText('Children and young people');
    }).toPass({ timeout: 90_000 });
  });
});
