// The client's say in the results: beside each place to start, "This fits", "Not now" or "This
// doesn't fit me"; where they would like to begin; what they would take slowly, in their words;
// and "What doesn't fit?". Each goes into every take-away marked as theirs (their words only
// with their notes), and comes back through a share link and saved progress.
import { readFileSync } from 'node:fs';
import { test, expect, checkA11y, screenshots } from './fixtures.js';
import { content, toResults, areaTitle } from './content.js';

const HOPE = 'Sleep through the night';
const SLOW = 'Talking about my father';
const NOT_FIT = 'I do have people, I just do not call them.';
const BEGIN = 'positive_experiences';

/** Writes the client's hope and what they would take slowly on the reflections step. */
function reflect(scope, locale = 'en') {
  const prompt = (id) => content.reflections.find((r) => r.id === id).prompt[locale];
  return async () => {
    await scope.getByRole('textbox', { name: prompt('goals') }).fill(HOPE);
    await scope.getByRole('textbox', { name: prompt('go_slowly') }).fill(SLOW);
  };
}

const cards = (scope) => scope.locator('.mp-focus-list > li');

/** Says "This doesn't fit me" to the first place and takes it slowly, "This fits" to the
 * second, chooses where to begin and writes what does not fit. */
async function choose(scope) {
  const [first, second] = [cards(scope).nth(0), cards(scope).nth(1)];
  await first.getByRole('radio', { name: 'This doesn\'t fit me' }).check();
  await first.getByRole('checkbox', { name: 'I want to take this slowly' }).check();
  await second.getByRole('radio', { name: 'This fits' }).check();
  await scope.getByRole('combobox', { name: 'Where would you like to begin?' }).selectOption(BEGIN);
  await scope.getByRole('textbox', { name: 'What doesn\'t fit? (You can leave this blank.)' }).fill(NOT_FIT);
}

/** The file a take-away button saves, as text. */
async function saved(page, scope, name) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    scope.getByRole('button', { name }).click(),
  ]);
  return readFileSync(await file.path(), 'utf8');
}

test('should take each choice to every take-away, marked as the client\'s', async ({ page }) => {
  await page.goto('/host/plain.html');
  const widget = page.locator('[data-missing-pieces]');
  await toResults(widget, { onReflections: reflect(widget) });
  const firstTitle = await cards(widget).nth(0).locator('h4').textContent();
  const secondTitle = await cards(widget).nth(1).locator('h4').textContent();

  // Their hope heads the places to start, in their words.
  const start = widget.locator('section.mp-results-part', { has: page.getByRole('heading', { name: 'Where you might start' }) });
  await expect(start.getByText('What you hope will change, in your words:')).toBeVisible();
  await expect(start.getByText(HOPE)).toBeVisible();
  // A calm radio group beside each place to start, nothing chosen yet.
  for (let n = 0; n < await cards(widget).count(); n += 1) {
    const group = cards(widget).nth(n).getByRole('group', { name: 'Does this fit you?' });
    await expect(group.getByRole('radio')).toHaveCount(3);
    for (const radio of await group.getByRole('radio').all()) await expect(radio).not.toBeChecked();
  }
  await choose(widget);
  // What they would take slowly shows beside the place they marked, as theirs.
  const first = cards(widget).nth(0);
  await expect(first.getByText('What you would rather take slowly, in your words:')).toBeVisible();
  await expect(first.getByText(SLOW)).toBeVisible();
  await expect(cards(widget).nth(1).getByText(SLOW)).toHaveCount(0);
  // The results themselves stay as they were: support first and every place to start.
  await expect(widget.getByRole('heading', { name: 'Your answers suggest things feel hard right now' })).toBeVisible();
  await expect(cards(widget).nth(0).locator('h4')).toHaveText(firstTitle);
  await checkA11y(page, 'results with the client\'s say');
  await screenshots(page, 'say-results');

  // Text, without their notes: the choices, marked as theirs; none of their words.
  let text = await saved(page, widget, 'Download as text');
  expect(text).toContain('My choices');
  expect(text).toContain('These are my own choices. They do not change the results.');
  expect(text).toContain('My choice: This doesn\'t fit me');
  expect(text).toContain('My choice: This fits');
  expect(text).toContain('I want to take this slowly.');
  expect(text).toContain(`Where I would like to begin: ${areaTitle(BEGIN)}`);
  expect(text.indexOf(firstTitle)).toBeLessThan(text.indexOf('My choice: This doesn\'t fit me'));
  expect(text.indexOf(secondTitle)).toBeLessThan(text.indexOf('My choice: This fits'));
  for (const words of [HOPE, SLOW, NOT_FIT]) expect(text).not.toContain(words);
  // The data file, without their notes.
  let data = JSON.parse(await saved(page, widget, 'Download as data file'));
  expect(data.version).toBe(3);
  expect(data.client_say.suggestions[0]).toEqual({ area: data.focus[0].area, fit: 'not_for_me', take_slowly: true });
  expect(data.client_say.suggestions[1]).toEqual({ area: data.focus[1].area, fit: 'fits', take_slowly: false });
  expect(data.client_say.begin_with).toBe(BEGIN);
  expect(data.client_say.what_does_not_fit).toBeUndefined();
  expect(data.signs.length).toBeGreaterThan(0);
  expect(data.support_shown_first).toBe(true);

  // With their notes, their words come too.
  await widget.getByRole('checkbox', { name: 'Include my notes' }).check();
  text = await saved(page, widget, 'Download as text');
  expect(text).toContain(`What I hope will change, in my words:\n   ${HOPE}`);
  expect(text).toContain(`What I would rather take slowly, in my words:\n      ${SLOW}`);
  expect(text).toContain(`What does not fit, in my words:\n   ${NOT_FIT}`);
  data = JSON.parse(await saved(page, widget, 'Download as data file'));
  expect(data.client_say.what_does_not_fit).toBe(NOT_FIT);
  expect(data.notes.go_slowly.text).toBe(SLOW);

  // The email says the file holds their choices; the choices themselves stay in the file.
  const href = await widget.getByRole('link', { name: 'Email to my counsellor' }).getAttribute('href');
  const body = decodeURIComponent(href.split('body=')[1]);
  expect(body).toContain('In the file I also say which places to start fit me.');
  expect(body).not.toContain(areaTitle(BEGIN));
  expect(href.length).toBeLessThan(1500);

  // On paper: the choices as text, marked as theirs; the radio buttons and boxes are not printed.
  await page.emulateMedia({ media: 'print' });
  await expect(first.getByText('My choice: This doesn\'t fit me')).toBeVisible();
  await expect(first.getByText('I want to take this slowly.')).toBeVisible();
  await expect(first.getByText(SLOW)).toBeVisible();
  await expect(first.getByRole('group', { name: 'Does this fit you?' })).toBeHidden();
  await expect(widget.getByText(`Where I would like to begin: ${areaTitle(BEGIN)}`)).toBeVisible();
  await expect(widget.getByText(NOT_FIT).first()).toBeVisible();
  await expect(widget.getByRole('combobox')).toBeHidden();
  await page.screenshot({ path: 'e2e/artifacts/screens/say-print-1280.png', fullPage: true });
  // Without their notes, their words stay off the paper; the choices stay on it.
  await page.emulateMedia({ media: 'screen' });
  await widget.getByRole('checkbox', { name: 'Include my notes' }).uncheck();
  await page.emulateMedia({ media: 'print' });
  await expect(first.getByText('My choice: This doesn\'t fit me')).toBeVisible();
  for (const words of [HOPE, SLOW, NOT_FIT]) {
    for (const shown of await widget.getByText(words).all()) await expect(shown).toBeHidden();
  }
  await expect(widget.locator('.mp-focus-list .mp-their-words').first()).toBeHidden();
});

test('should bring the choices back through a share link, without the client\'s words', async ({ page, context, browser }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await toResults(page, { onReflections: reflect(page) });
  await choose(page);
  await page.getByRole('button', { name: 'Copy a private link' }).click();
  const link = await page.evaluate(() => navigator.clipboard.readText());
  expect(link).toMatch(/#mp2\./);
  expect(link).not.toContain('people');

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(link);
  await expect(other.getByText('You are looking at shared results.')).toBeVisible();
  const first = cards(other).nth(0);
  await expect(first.getByRole('radio', { name: 'This doesn\'t fit me' })).toBeChecked();
  await expect(first.getByRole('checkbox', { name: 'I want to take this slowly' })).toBeChecked();
  await expect(cards(other).nth(1).getByRole('radio', { name: 'This fits' })).toBeChecked();
  await expect(other.getByRole('combobox', { name: 'Where would you like to begin?' })).toHaveValue(BEGIN);
  // Their words never travel in a link.
  await expect(other.getByRole('textbox', { name: 'What doesn\'t fit? (You can leave this blank.)' })).toHaveValue('');
  await expect(other.getByText(SLOW)).toHaveCount(0);
  await fresh.close();
});

test('should keep the choices and words in saved progress', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Save my progress on this device' }).click();
  await toResults(page, { onReflections: reflect(page) });
  await choose(page);
  await page.reload();
  await page.getByRole('button', { name: 'Continue where I left off' }).click();
  await expect(page.getByRole('heading', { name: 'Your check-in' })).toBeVisible();
  const first = cards(page).nth(0);
  await expect(first.getByRole('radio', { name: 'This doesn\'t fit me' })).toBeChecked();
  await expect(first.getByRole('checkbox', { name: 'I want to take this slowly' })).toBeChecked();
  await expect(first.getByText(SLOW)).toBeVisible();
  await expect(cards(page).nth(1).getByRole('radio', { name: 'This fits' })).toBeChecked();
  await expect(page.getByRole('combobox', { name: 'Where would you like to begin?' })).toHaveValue(BEGIN);
  await expect(page.getByRole('textbox', { name: 'What doesn\'t fit? (You can leave this blank.)' })).toHaveValue(NOT_FIT);
});

for (const [locale, fits, dir] of [['es', 'Encaja', 'ltr'], ['ar', 'هذا يناسبني', 'rtl']]) {
  test(`should offer the choices in ${locale}, ${dir}`, async ({ page }) => {
    await page.goto(`/?language=${locale}`);
    await toResults(page, { locale, onReflections: reflect(page, locale) });
    await expect(page.locator('.mp')).toHaveAttribute('dir', dir);
    await cards(page).nth(0).getByRole('radio', { name: fits, exact: true }).check();
    await expect(cards(page).nth(0).getByRole('radio', { name: fits, exact: true })).toBeChecked();
    await expect(page.locator('.mp-their-words').getByText(HOPE)).toBeVisible();
    await checkA11y(page, `results with the client's say in ${locale}`);
    await screenshots(page, `say-results-${locale}`);
  });
}
