import { AxeBuilder } from '@axe-core/playwright';
import { expect, type Page, test } from '@playwright/test';
import { demoAccount, pageHeading, signIn } from './helpers.ts';

/**
 * A coordinator builds Jay's genogram through the forms and sees it drawn, corrects and removes
 * a relationship, then records Jay's social connections and sees the indicator "at least two
 * people who love and care for them".
 */

const coordinator = demoAccount('coordinator');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

test.describe.configure({ timeout: 180_000 });

async function openJaysJourney(page: Page) {
  await page.goto('/journeys');
  await page
    .getByRole('link', { name: /Clarke/ })
    .first()
    .click();
  await expect(pageHeading(page)).toContainText('Clarke');
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  expect(results.violations).toEqual([]);
}

test('a coordinator builds the genogram and records social connections', async ({ page }) => {
  await signIn(page, coordinator);
  await openJaysJourney(page);
  await page.getByRole('link', { name: /^Genogram of Jay/ }).click();
  await expect(pageHeading(page)).toHaveText('Genogram');

  await page
    .getByRole('link', { name: /^Add a parent for Jay/ })
    .first()
    .click();
  await expect(pageHeading(page)).toContainText('Add a parent for Jay');
  await page.getByLabel('First name').fill('Donna');
  await page.getByLabel('Last name (if known)').fill('Clarke');
  await page.getByRole('group', { name: 'Gender' }).getByLabel('Female', { exact: true }).check();
  await page.getByLabel('Year of birth (if known)').fill('1988');
  await page.getByLabel('Their relationship to the young person (if you know it)').fill('Mum');
  await page.getByLabel('Birth parent').check();
  await page.getByRole('button', { name: 'Add to the genogram' }).click();

  await expect(page.getByText('The relationship was added to the genogram.')).toBeVisible();
  const drawing = page.getByRole('img', { name: /^Genogram of Jay.*family and network$/ });
  await expect(drawing).toBeVisible();
  await expect(drawing).toHaveAccessibleDescription(
    /2 people in 2 generations.*1 parent is not known/,
  );
  const donna = page.getByRole('row', { name: /^Donna Clarke/ });
  await expect(donna).toContainText('Mum');
  await expect(donna).toContainText('1988');

  await donna.getByRole('link', { name: 'Add a partner for Donna Clarke' }).click();
  await page.getByLabel('First name').fill('Lee');
  await page.getByLabel('Last name (if known)').fill('Clarke');
  await page.getByRole('group', { name: 'Gender' }).getByLabel('Male', { exact: true }).check();
  await page
    .getByLabel('Their relationship to the young person (if you know it)')
    .fill('Mum’s partner');
  await page.getByLabel('Separated').check();
  await page.getByRole('button', { name: 'Add to the genogram' }).click();
  await expect(page.getByRole('row', { name: /^Donna Clarke/ })).toContainText(
    'Lee Clarke (separated)',
  );
  await expectNoAxeViolations(page);

  // A relationship recorded wrongly is corrected, then removed after being asked first.
  await page
    .getByRole('link', {
      name: 'Change the relationship: Donna Clarke and Lee Clarke are separated',
    })
    .click();
  await expect(pageHeading(page)).toHaveText('Change a relationship');
  await page.getByLabel('Divorced').check();
  await page.getByRole('button', { name: 'Save the change' }).click();
  await expect(page.getByText('The relationship was changed.')).toBeVisible();
  await expect(page.getByRole('row', { name: /^Donna Clarke/ })).toContainText(
    'Lee Clarke (divorced)',
  );
  await page
    .getByRole('link', {
      name: 'Remove the relationship: Donna Clarke and Lee Clarke are divorced',
    })
    .click();
  await expect(pageHeading(page)).toHaveText('Are you sure you want to remove this relationship?');
  await page.getByLabel('Yes, remove it').check();
  await page.getByRole('button', { name: 'Continue' }).click();
  await expect(page.getByText('The relationship was removed from the genogram.')).toBeVisible();
  await expect(page.getByRole('row', { name: /^Donna Clarke/ })).not.toContainText('Lee Clarke');

  // A relationship that would make Jay his own ancestor is refused, with the answers kept.
  await page
    .getByRole('row', { name: /^Jayden/ })
    .first()
    .getByRole('link', { name: /^Add a child for Jay/ })
    .click();
  await page.getByLabel('Who is it?').selectOption({ label: 'Donna Clarke (Mum)' });
  await page.getByLabel('Birth parent').check();
  await page.getByRole('button', { name: 'Add to the genogram' }).click();
  await expect(page.getByRole('alert').first()).toContainText('Nobody can be their own ancestor');

  await openJaysJourney(page);
  await page.getByRole('link', { name: /^Social connections of Jay/ }).click();
  await expect(pageHeading(page)).toHaveText('Social connections');
  await expect(page.getByText(/Not known yet: no social connections/)).toBeVisible();

  for (const [name, words] of [
    ['Donna Clarke', 'Mum tries her best.'],
    ['Lee Clarke', 'Lee takes me to football.'],
  ] as const) {
    await page.getByRole('link', { name: `Record the connection with ${name}` }).click();
    await page
      .getByRole('group', { name: 'How close are they?' })
      .getByLabel('Close', { exact: true })
      .check();
    await page
      .getByRole('group', { name: 'How does the connection feel?' })
      .getByLabel('Strong', { exact: true })
      .check();
    await page.getByLabel('Every week').check();
    await page
      .getByRole('group', { name: 'Does this person love and care for you?' })
      .getByLabel('Yes', { exact: true })
      .check();
    await page.getByLabel('What the young person said, in their own words (optional)').fill(words);
    await page.getByRole('button', { name: 'Save the connection' }).click();
    await expect(page.getByText('The social connection was saved.')).toBeVisible();
  }
  await expect(
    page.getByText('Met: 2 people outside the professional network love and care for them.'),
  ).toBeVisible();
  await expect(page.getByRole('row', { name: /^Lee Clarke/ })).toContainText(
    'Lee takes me to football.',
  );
  await expect(page.getByRole('img', { name: /Social connections of Jay/ })).toBeVisible();
  await expect(
    page.getByRole('link', { name: 'Download the social connections map as a PDF' }),
  ).toBeVisible();
  await expectNoAxeViolations(page);

  await openJaysJourney(page);
  await expect(
    page.getByText('Met: 2 people outside the professional network love and care for them.'),
  ).toBeVisible();
});
