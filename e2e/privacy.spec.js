import { readFileSync } from 'node:fs';
import { test, expect, storedKeys, checkA11y, screenshots } from './fixtures.js';
import { content, toResults as walkToResults } from './content.js';

const heading = (page) => page.locator('#mp-step-heading');
const first = content.items[0];
const firstGroup = (page) => page.getByRole('group', { name: first.text.en });

/** The results, with a note written on the reflections step. */
const toResults = (page) => walkToResults(page, {
  onReflections: () => page.getByLabel(content.reflections[0].prompt.en).fill('Sleep better\nfeel less alone'),
});

test('should write nothing to the device during a whole journey without consent', async ({ page }) => {
  await page.goto('/');
  await toResults(page);
  expect(await storedKeys(page)).toEqual([]);
});

test('should save after consent and offer to continue after a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  await page.getByRole('button', { name: 'Save my progress on this device' }).click();
  await expect(page.getByText('Your answers are saved on this device.')).toBeVisible();
  await firstGroup(page).getByRole('radio').nth(2).check();
  await page.getByRole('button', { name: 'Next' }).click();
  expect(await storedKeys(page)).toEqual(['missing-pieces:v1']);

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await page.getByRole('button', { name: 'Continue where I left off' }).click();
  await expect(heading(page)).toHaveText(content.areas[1].title.en);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(firstGroup(page).getByRole('radio').nth(2)).toBeChecked();
});

test('should erase every key it wrote, and say so', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Save my progress on this device' }).click();
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  await firstGroup(page).getByRole('radio').nth(1).check();
  expect(await storedKeys(page)).toEqual(['missing-pieces:v1']);
  await page.getByRole('button', { name: 'Erase my answers' }).click();
  await expect(page.getByText('Your answers were erased from this device.')).toBeVisible();
  expect(await storedKeys(page)).toEqual([]);
  // Erasing stops saving: further answers stay in the page only.
  await firstGroup(page).getByRole('radio').nth(3).check();
  expect(await storedKeys(page)).toEqual([]);
});

test('should offer a fresh start that erases saved answers', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Save my progress on this device' }).click();
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  await firstGroup(page).getByRole('radio').nth(1).check();
  await page.reload();
  await page.getByRole('button', { name: 'Start fresh' }).click();
  expect(await storedKeys(page)).toEqual([]);
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  await expect(firstGroup(page).getByRole('radio').nth(1)).not.toBeChecked();
});

test('should keep working and say so when storage is blocked', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Save my progress on this device' }).click();
  await expect(page.getByText('This browser will not let us save. You can still finish the check-in.')).toBeVisible();
  await expect(page.getByText('We could not save on this device.')).toBeVisible();
  await toResults(page);
  await expect(page.getByRole('heading', { name: 'Where you might start' })).toBeVisible();
});

test('should keep working and say so when storage is full', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await page.goto('/');
  await page.getByRole('button', { name: 'Save my progress on this device' }).click();
  await expect(page.getByText('We could not save on this device. You can still finish the check-in.')).toBeVisible();
  await expect(page.getByText('This browser will not let us save.')).toBeVisible();
  await toResults(page);
  await expect(page.getByRole('heading', { name: 'Where you might start' })).toBeVisible();
  expect(await storedKeys(page)).toEqual([]);
});

for (const [name, snapshot] of [
  ['garbage', 'not a snapshot at all'],
  ['truncated', 'missing-pieces snapshot 1\nstep=area:hope\na.hope_future_better=2'],
  ['hostile', 'missing-pieces snapshot 1\nstep=results\nn.goals=%3Cscript%3Ealert(1)%3C%2Fscript%3E\nend\n<img src=x onerror=alert(1)>'],
]) {
  test(`should set aside a ${name} saved snapshot gently, and only this version's`, async ({ page }) => {
    await page.addInitScript((value) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem('missing-pieces:v1', value);
        localStorage.setItem('missing-pieces:v0', 'an earlier version');
        // A newer build of the check-in on the same site still reads this one.
        localStorage.setItem('missing-pieces:v2', 'a later version');
        sessionStorage.setItem('seeded', '1');
      }
    }, snapshot);
    await page.goto('/');
    await expect(page.getByText('We found saved answers we could not read, so we set them aside.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start the check-in' })).toBeVisible();
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual(['missing-pieces:v2']);
    await page.evaluate(() => sessionStorage.clear());
  });
}

test('should set aside saved answers from another version with its own notice', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('missing-pieces:v1', 'missing-pieces snapshot 9\nstep=welcome\nend');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('/');
  await expect(page.getByText('We found saved answers from another version of this check-in')).toBeVisible();
  await page.evaluate(() => sessionStorage.clear());
});

test('should download a readable summary and a data file', async ({ page }) => {
  await page.goto('/');
  await toResults(page);
  const [text] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as text' }).click(),
  ]);
  expect(text.suggestedFilename()).toMatch(/^check-in-\d{4}-\d{2}-\d{2}\.txt$/);
  const summary = readFileSync(await text.path(), 'utf8');
  expect(summary).toContain('My check-in before my first session');
  expect(summary).toContain(content.areas[0].title.en);
  expect(summary).not.toContain('Sleep better');

  // The client's own words are on their screen; they go into take-aways only when chosen.
  await expect(page.getByRole('heading', { name: 'In your own words', level: 3 })).toBeVisible();
  // Once in their own words, and once at the head of the places to start, as their hope.
  await expect(page.locator('.mp-notes').getByText('Sleep better')).toBeVisible();
  await expect(page.locator('.mp-their-words').getByText('Sleep better')).toBeVisible();
  await page.getByRole('checkbox', { name: 'Include my notes' }).check();
  const [data] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as data file' }).click(),
  ]);
  const json = JSON.parse(readFileSync(await data.path(), 'utf8'));
  expect(json.schema).toBe('missing-pieces/export');
  expect(json.version).toBe(3);
  expect(typeof json.support_shown_first).toBe('boolean');
  expect(json.focus.length).toBeGreaterThan(0);
  expect(JSON.stringify(json.notes)).toContain('Sleep better');
});

test('should copy the summary, or offer the text when the clipboard refuses', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await toResults(page);
  await page.getByRole('button', { name: 'Copy my results' }).click();
  await expect(page.getByText('Copied.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('Where you might start');

  await page.evaluate(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  });
  await page.getByRole('button', { name: 'Copy my results' }).click();
  await expect(page.getByText('Copying did not work here.')).toBeVisible();
  await expect(page.getByLabel('Text to copy')).toHaveValue(/Where you might start/);
});

test('should open a share link in a fresh browser with the same results, storing nothing', async ({ page, context, browser, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await toResults(page);
  const expected = await page.locator('.mp-focus-list > li h4').allTextContents();
  await page.getByRole('button', { name: 'Copy a private link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#mp1\./);
  expect(link.length).toBeLessThan(200);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  const outside = [];
  other.on('request', (r) => { if (!r.url().startsWith(baseURL)) outside.push(r.url()); });
  await other.goto(link);
  await expect(other.getByText('You are looking at shared results.')).toBeVisible();
  await expect(other.locator('.mp-focus-list > li h4')).toHaveText(expected);
  await expect(other.getByRole('button', { name: 'Save my progress on this device' })).toHaveCount(0);
  expect(await storedKeys(other)).toEqual([]);
  expect(new URL(other.url()).hash).toBe('');
  expect(outside).toEqual([]);
  await fresh.close();
});

for (const fragment of ['mp1.en.x', 'mp9.en.30abcd.----.00000000', 'mp1.en.30abcd.<script>.1', 'mp' + '1'.repeat(600)]) {
  test(`should say a broken link "${fragment.slice(0, 24)}" cannot be opened and start fresh`, async ({ page }) => {
    await page.goto(`/#${fragment}`);
    await expect(page.getByText('This link could not be opened.')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start the check-in' })).toBeVisible();
    // A reload does not repeat the broken link.
    expect(new URL(page.url()).hash).toBe('');
  });
}

test('should never hide or overwrite saved answers when a broken link is opened', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Save my progress on this device' }).click();
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  await firstGroup(page).getByRole('radio').nth(2).check();
  await page.getByRole('button', { name: 'Next' }).click();
  const saved = () => page.evaluate(() => localStorage.getItem('missing-pieces:v1'));
  const before = await saved();
  expect(before).toContain(`a.${first.id}=2`);

  // The cut-short link from the original report.
  await page.goto('about:blank');
  await page.goto('/#mp1.en.30abcd.----');
  await expect(page.getByText('This link could not be opened.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Welcome back' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue where I left off' })).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
  await screenshots(page, 'broken-link-with-saved-answers');

  // Saving now asks first, and writes nothing until the client answers.
  await page.getByRole('button', { name: 'Save my progress on this device' }).click();
  await expect(page.getByText('Saving now would put these answers in their place.')).toBeVisible();
  await checkA11y(page, 'saving asks before replacing saved answers');
  await screenshots(page, 'saving-asks-first');
  expect(await saved()).toBe(before);
  await page.getByRole('button', { name: 'Keep the answers from last time' }).click();
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  await firstGroup(page).getByRole('radio').nth(4).check();
  expect(await saved()).toBe(before);

  // A reload neither repeats the link nor loses anything.
  await page.reload();
  await expect(page.getByText('This link could not be opened.')).toHaveCount(0);
  await page.getByRole('button', { name: 'Continue where I left off' }).click();
  await expect(heading(page)).toHaveText(content.areas[1].title.en);
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(firstGroup(page).getByRole('radio').nth(2)).toBeChecked();
});

test('should keep saved answers beside a good link, after "Start again" and "Save"', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await toResults(page);
  await page.getByRole('button', { name: 'Copy a private link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());

  await page.goto('/');
  await page.getByRole('button', { name: 'Save my progress on this device' }).click();
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  await firstGroup(page).getByRole('radio').nth(1).check();
  const saved = () => page.evaluate(() => localStorage.getItem('missing-pieces:v1'));
  const before = await saved();

  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByText('You are looking at shared results.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Continue where I left off' })).toBeVisible();
  await checkA11y(page, 'shared results beside saved answers');
  await screenshots(page, 'shared-results-beside-saved-answers');
  await page.getByRole('button', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Save my progress on this device' }).click();
  await expect(page.getByText('Saving now would put these answers in their place.')).toBeVisible();
  expect(await saved()).toBe(before);
  await page.getByRole('button', { name: 'Continue where I left off' }).click();
  await expect(firstGroup(page).getByRole('radio').nth(1)).toBeChecked();
});
