import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { expect, type Page, test } from '@playwright/test';
import { demoAccount, pageHeading, signIn } from './helpers.ts';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../src/features/children/fixtures/${name}`, import.meta.url));

/**
 * The council-style return (header and episodes), with its children's IDs made unique to this
 * run, so the import adds them whatever else the test server already holds.
 */
async function councilFiles() {
  const suffix = Date.now().toString(36).toUpperCase();
  const unique = (text: string) => text.replace(/^(300\d{3}|ZOË01),/gm, `$1${suffix},`);
  const file = async (name: string) => ({
    name,
    mimeType: 'text/csv',
    buffer: Buffer.from(unique(await readFile(fixture(name), 'utf8'))),
  });
  return {
    header: await file('header-council.csv'),
    episodes: await file('episodes-council.csv'),
  };
}

async function openImport(page: Page) {
  await page
    .getByRole('navigation', { name: 'Menu' })
    .getByRole('link', { name: 'Children and young people' })
    .click();
  await page.getByRole('button', { name: 'Import the looked-after children list' }).click();
  await expect(pageHeading(page)).toHaveText('Import the looked-after children list');
}

test.describe('importing the looked-after children list (SSDA903)', () => {
  // One long journey: two uploads, an import, a download and the history.
  test.setTimeout(120_000);

  test('a team manager imports a council’s return with data-quality findings, then finds it in the history and downloads its findings', async ({
    page,
  }) => {
    await signIn(page, demoAccount('team_manager'));
    await openImport(page);

    // Files with problems that block: nothing is imported, every problem is listed.
    await page
      .getByLabel('Header file', { exact: true })
      .setInputFiles(fixture('header-with-problems.csv'));
    await page
      .getByLabel('Episodes file', { exact: true })
      .setInputFiles(fixture('episodes-with-problems.csv'));
    await page.getByRole('button', { name: 'Check the files' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toContainText(
      'The header file has 2 problems to fix: nothing has been imported',
    );
    await expect(summary).toContainText(
      'The episodes file has 1 problem to fix: nothing has been imported',
    );
    await expect(
      page.getByRole('heading', { name: 'Problems to fix before importing (3)' }),
    ).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Data-quality findings (5)' })).toBeVisible();
    await expect(
      page.getByRole('row', { name: /CHILD 100399 is not in the header file/ }),
    ).toBeVisible();

    // The council's return: nothing blocks it, its findings are listed before anything is written.
    const files = await councilFiles();
    await page.getByLabel('Header file', { exact: true }).setInputFiles(files.header);
    await page.getByLabel('Episodes file', { exact: true }).setInputFiles(files.episodes);
    await page.getByRole('button', { name: 'Check the files' }).click();
    await expect(pageHeading(page)).toHaveText('Check what will be imported');
    await expect(
      page.getByText('Nothing stops the import, but there are 11 data-quality findings'),
    ).toBeVisible();
    await expect(page.getByText('6 to add, 0 to update, 0 with no change')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Data-quality findings (11)' })).toBeVisible();
    await expect(
      page.getByRole('row', {
        name: /Episodes file 5 DEC DEC is missing: an episode with a reason it ended \(REC\) needs its end date/,
      }),
    ).toBeVisible();

    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await expect(page.getByRole('alert', { name: 'Success' })).toContainText(
      'The looked-after children list has been imported, with its data-quality findings listed below',
    );
    await expect(pageHeading(page)).toHaveText(/^Import of /);
    const details = page.locator('.govuk-summary-list');
    await expect(details).toContainText('header-council.csv');
    await expect(details).toContainText('6 added, 0 updated, 0 with no change');
    await expect(details).toContainText('11 findings');

    // The findings as CSV, for the council's data team.
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Download the findings (CSV)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toMatch(/^ssda903-findings-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = await readFile(await file.path(), 'utf8');
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split(/\r\n/);
    expect(lines[0]).toBe('File,Row,Column,Finding');
    expect(lines).toHaveLength(12);
    expect(lines).toContain('episodes file,13,DECOM,DECOM 01/01/2030 is in the future');

    // The history lists the import, and leads back to it.
    await page.getByRole('link', { name: 'Import history' }).click();
    await expect(pageHeading(page)).toHaveText('Import history');
    const latest = page
      .getByRole('row', { name: /header-council\.csv, episodes-council\.csv/ })
      .first();
    await expect(latest).toContainText(demoAccount('team_manager').displayName);
    await expect(latest).toContainText('6 added, 0 updated, 0 unchanged');
    await expect(latest).toContainText('11 findings');
    await latest.getByRole('link').click();
    await expect(pageHeading(page)).toHaveText(/^Import of /);
    await expect(page.getByRole('heading', { name: 'Data-quality findings (11)' })).toBeVisible();

    // The register links to the history too.
    await page.getByRole('link', { name: 'Go to children and young people' }).click();
    await page.getByRole('link', { name: 'See the import history' }).click();
    await expect(pageHeading(page)).toHaveText('Import history');
  });
});
