// Help at every way out of the check-in (safety-netting): the welcome, a hope step answered at
// the very hard end, "Stop for now" (saved and not), the review, the end of the results on
// screen and on paper, and the text summary and email, whatever support first decided.
import { readFileSync } from 'node:fs';
import { test, expect, checkA11y, screenshots, settingsFile } from './fixtures.js';
import { content, itemsIn, toResults, NEXTS_TO_REVIEW } from './content.js';

const POINTER = 'See where to get help now';
const HOPE_NOTE = 'If you want to talk to someone now, help is there.';
const DANGER = 'call your local emergency number now';
const SAMARITANS = JSON.stringify([{ name: 'Harbour Crisis Line', phone: '0800 555 0100', hours: '24 hours' }]);

/** The "Need help now?" panel is open, its heading has focus, and it names the crisis lines. */
async function expectHelpOpen(page) {
  await expect(page.locator('#mp-support-title')).toBeFocused();
  await expect(page.locator('#mp-support').getByText(DANGER)).toBeVisible();
  await expect(page.locator('#mp-support').getByText(/Samaritans on 116 123/)).toBeVisible();
}

/** The choice at the very hard end of hope for the hope statement `item`. */
const hardest = (item) => (item.polarity === 'reverse' ? 4 : 0);

test('should point calmly to help on the welcome, and open it there', async ({ page }) => {
  await page.goto('/');
  await expect(page.getByText('If things feel too hard at any time, help is there now.')).toBeVisible();
  await checkA11y(page, 'welcome with a pointer to help');
  await screenshots(page, 'exits-welcome');
  await page.getByRole('button', { name: POINTER }).click();
  await expectHelpOpen(page);
});

test('should show a quiet note on the hope step only while a hope answer is at the very hard end', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  const [first, second] = itemsIn('hope');
  const group = (item) => page.getByRole('group', { name: item.text.en });
  await expect(page.getByText(HOPE_NOTE)).toBeHidden();

  await group(first).getByRole('radio').nth(2).check();
  await expect(page.getByText(HOPE_NOTE)).toBeHidden();
  await group(second).getByRole('radio').nth(hardest(second)).check();
  await expect(page.getByText(HOPE_NOTE)).toBeVisible();
  await expect(page.locator('.mp-hope-note')).toHaveAttribute('role', 'status');
  await checkA11y(page, 'hope step with the note');
  await screenshots(page, 'exits-hope-note');

  // Declining the hard answer, or moving it to the middle, takes the note away.
  await group(second).getByRole('radio', { name: content.prefer_not.en }).check();
  await expect(page.getByText(HOPE_NOTE)).toBeHidden();
  await group(first).getByRole('radio').nth(hardest(first)).check();
  await expect(page.getByText(HOPE_NOTE)).toBeVisible();
  await group(first).getByRole('radio').nth(2).check();
  await expect(page.getByText(HOPE_NOTE)).toBeHidden();

  // The note's way to help opens it without leaving the step.
  await group(first).getByRole('radio').nth(hardest(first)).check();
  await page.getByRole('button', { name: POINTER }).click();
  await expectHelpOpen(page);
  await expect(page.locator('#mp-step-heading')).toHaveText(content.areas[0].title.en);
  // Another area's step never shows it.
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText(HOPE_NOTE)).toBeHidden();
});

test('should say on Stop for now that unsaved answers go when the page closes, and point to help', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  await page.getByRole('group', { name: itemsIn('hope')[0].text.en }).getByRole('radio').nth(1).check();
  await page.getByRole('button', { name: 'Stop for now' }).click();
  await expect(page.getByText('If you close this page, your answers will be gone.')).toBeVisible();
  await expect(page.getByText('Your answers are saved on this device, so they will be here')).toBeHidden();
  await checkA11y(page, 'stop, not saved');
  await screenshots(page, 'exits-stop');
  await page.getByRole('button', { name: POINTER }).click();
  await expectHelpOpen(page);
});

test('should say on Stop for now that saved answers stay, and keep its word after a reload', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  await page.getByRole('button', { name: 'Save my progress on this device' }).click();
  await page.getByRole('group', { name: itemsIn('hope')[0].text.en }).getByRole('radio').nth(1).check();
  await page.getByRole('button', { name: 'Stop for now' }).click();
  await expect(page.getByText('Your answers are saved on this device, so they will be here if you come back.')).toBeVisible();
  await expect(page.getByText('your answers will be gone')).toBeHidden();
  await expect(page.getByRole('button', { name: POINTER })).toBeVisible();
  await checkA11y(page, 'stop, saved');
  await screenshots(page, 'exits-stop-saved');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Continue where I left off' })).toBeVisible();
});

test('should point to help on the review', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  for (let i = 0; i < NEXTS_TO_REVIEW; i += 1) await page.getByRole('button', { name: 'Next' }).click();
  await expect(page.getByText('If any of this brought up something hard, help is there now.')).toBeVisible();
  await checkA11y(page, 'review with a pointer to help');
  await screenshots(page, 'exits-review');
  await page.getByRole('button', { name: POINTER }).click();
  await expectHelpOpen(page);
});

test('should end the results with where help is when support is not first, on screen and on paper', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  for (const area of content.areas) {
    for (const item of itemsIn(area.id)) await page.getByRole('group', { name: item.text.en }).getByRole('radio').nth(2).check();
    await page.getByRole('button', { name: 'Next', exact: true }).click();
  }
  for (let i = content.areas.length; i < NEXTS_TO_REVIEW; i += 1) await page.getByRole('button', { name: 'Next', exact: true }).click();
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page.getByText('Your answers suggest things feel very hard right now')).toBeHidden();

  const end = page.locator('.mp-results-part').last();
  await expect(end).toHaveClass(/mp-help-end/);
  await expect(end.getByRole('heading', { name: 'If things get harder' })).toBeVisible();
  await expect(end.getByText(DANGER)).toBeVisible();
  await expect(end.getByText(/Lifeline on 13 11 14/)).toBeVisible();
  await checkA11y(page, 'results ending with help');
  await end.scrollIntoViewIfNeeded();
  await screenshots(page, 'exits-results-end');

  await page.emulateMedia({ media: 'print' });
  await expect(end.getByText(DANGER)).toBeVisible();
  await expect(end.getByText(/Lifeline on 13 11 14/)).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
});

test('should end the results, the text summary and the email with the counsellor\'s help contacts', async ({ page }) => {
  // The counsellor's settings, from the settings file in the widget's folder.
  await settingsFile(page, { contact: { email: 'hello@harbour.example' }, urgent_help: JSON.parse(SAMARITANS) });
  await page.goto('/');
  await toResults(page);
  const end = page.locator('.mp-results-part').last();
  await expect(end).toHaveClass(/mp-help-end/);
  await expect(end.getByText('Harbour Crisis Line')).toBeVisible();
  await expect(end.getByRole('link', { name: 'Call 0800 555 0100' })).toBeVisible();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as text' }).click(),
  ]);
  const summary = readFileSync(await download.path(), 'utf8');
  const help = summary.indexOf('If things get harder');
  expect(help).toBeGreaterThan(summary.indexOf('Where you might start'));
  expect(summary.slice(help)).toContain(DANGER);
  expect(summary.slice(help)).toContain('- Harbour Crisis Line: 0800 555 0100 (24 hours)');

  const href = await page.getByRole('link', { name: 'Email to my counsellor' }).getAttribute('href');
  const body = decodeURIComponent(href.split('body=')[1]);
  expect(body).toContain('Need help now? Call your local emergency number if you are in danger.');
  expect(body).toContain('- Harbour Crisis Line: 0800 555 0100 (24 hours)');
  expect(href.length).toBeLessThanOrEqual(1500);
});

test('should carry the built-in crisis lines in the text summary when the counsellor gave none', async ({ page }) => {
  await page.goto('/');
  await toResults(page);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Download as text' }).click(),
  ]);
  const summary = readFileSync(await download.path(), 'utf8');
  const help = summary.slice(summary.indexOf('If things get harder'));
  for (const line of ['in the US and Canada, call or text 988', 'Samaritans on 116 123', 'Lifeline on 13 11 14', 'In Europe, call 112']) {
    expect(help).toContain(line);
  }
});
