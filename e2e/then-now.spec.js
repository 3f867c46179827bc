// Then and now: an earlier check-in, opened from its data file or its private link, beside this
// one, in every language (Arabic right to left): each area in words then and now, signs that
// appeared named as plainly as those that eased, what the client chose then; no score. Support
// first on this check-in is its own answers'.
import { test, expect, checkA11y, screenshots } from './fixtures.js';
import { content, toResults, LOCALES } from './content.js';

/** Every item at the resource end: the earlier check-in of someone doing well then. */
const steady = () => Object.fromEntries(content.items.map((i) => [i.id, i.polarity === 'reverse' ? 0 : 4]));

/** An earlier data file (`version`, with the client's choices when it is 3). */
function dataFile(version, extra = {}) {
  return JSON.stringify({
    schema: 'missing-pieces/export', version, date: '2026-10-01', locale: 'en', answers: steady(), ...extra,
  });
}

/** The 32-bit FNV-1a hash, as crates/domain/src/share.rs computes it. */
function fnv1a(text) {
  let hash = 0x811c9dc5;
  for (const byte of new TextEncoder().encode(text)) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash >>> 0;
}

/** A version 1 private link to the steady answers, as the widget writes one. */
function link(origin) {
  const ids = content.items.map((i) => `${i.id}\n`).join('');
  const hash = fnv1a(ids);
  const print = `${content.items.length}${(((hash >>> 16) ^ (hash & 0xffff)) >>> 0).toString(16).padStart(4, '0')}`;
  const marks = content.items.map((i) => String(steady()[i.id])).join('');
  const payload = `mp1.en.${print}.${marks}`;
  return `${origin}/#${payload}.${fnv1a(payload).toString(16).padStart(8, '0')}`;
}


const file = (body) => ({ name: 'check-in-2026-10-01.json', mimeType: 'application/json', buffer: Buffer.from(body) });

test('should open an earlier data file beside this check-in, in words, with no score', async ({ page }) => {
  await page.goto('/');
  await toResults(page);
  const part = page.locator('.mp-then-now');
  await expect(part.getByRole('heading', { name: 'Then and now' })).toBeVisible();
  const hope = content.areas.find((a) => a.id === 'hope').title.en;
  await part.getByLabel('Open its data file').setInputFiles(file(dataFile(3, {
    client_say: { suggestions: [{ area: 'hope', fit: 'not_now', take_slowly: true }], begin_with: 'self_compassion' },
  })));
  await expect(part.getByText('The earlier check-in is from 1 October 2026.')).toBeVisible();
  await expect(part.getByRole('heading', { name: 'Each area, then and now' })).toBeVisible();
  await expect(part.locator('.mp-then-areas li').filter({ hasText: hope })).toContainText('Then: Strong. Now: Less there right now.');
  await expect(part.locator('.mp-then-areas li')).toHaveCount(content.areas.length);
  // Every sign now appeared since then, and is named as plainly as one that eased would be.
  const appeared = part.locator('.mp-then-appeared');
  await expect(appeared.getByRole('heading', { name: 'Your answers suggest this now, and did not then' })).toBeVisible();
  const lostHope = content.signs.find((s) => s.id === 'lost_hope').title.en;
  await expect(appeared.getByText(lostHope)).toBeVisible();
  await expect(part.locator('.mp-then-eased')).toHaveCount(0);
  // What they chose then.
  await expect(part.getByRole('heading', { name: 'What you chose then' })).toBeVisible();
  await expect(part.getByText(`${hope}: Not now · I want to take this slowly`)).toBeVisible();
  // No score and no verdict; help is pointed to at once, since things seem harder now.
  await expect(part.getByText('This is not a score.', { exact: false })).toBeVisible();
  await expect(part).not.toContainText(/%|of 100|score:/i);
  await expect(part.getByText('Some things may feel harder now than then.', { exact: false })).toBeVisible();
  // Support first on this check-in is this check-in's own.
  await expect(page.getByRole('heading', { name: 'Your answers suggest things feel hard right now' })).toBeVisible();
  await checkA11y(page, 'then and now from a data file');
  await screenshots(page, 'then-now-file');
  await part.getByRole('button', { name: 'See where to get help now' }).click();
  await expect(page.locator('#mp-support-title')).toBeFocused();
});

test('should open data files of every version there has been, and say plainly why another cannot open', async ({ page }) => {
  await page.goto('/');
  await toResults(page);
  const part = page.locator('.mp-then-now');
  const input = part.getByLabel('Open its data file');
  for (const version of [1, 2]) {
    await input.setInputFiles(file(dataFile(version)));
    await expect(part.getByRole('heading', { name: 'Each area, then and now' })).toBeVisible();
    await expect(part.getByText('You did not mark any choices then.')).toBeVisible();
    await part.getByRole('button', { name: 'Close then and now' }).click();
    await expect(part.getByRole('heading', { name: 'Each area, then and now' })).toHaveCount(0);
  }
  await input.setInputFiles(file(dataFile(9)));
  await expect(part.getByRole('status')).toHaveText('This data file was made by a newer version of the check-in, so it cannot be opened here.');
  await input.setInputFiles(file('{"hello": "world"}'));
  await expect(part.getByRole('status')).toHaveText(/This is not a data file or private link from this check-in/);
  await part.getByLabel('Or paste its private link').fill('https://example.org/#mp1.en.12.34');
  await expect(part.getByRole('status')).toHaveText(/seems to be damaged/);
});

for (const locale of LOCALES) {
  test(`should open an earlier private link and data file beside this check-in in ${locale}`, async ({ page, baseURL }) => {
    await page.goto(`/?language=${locale}`);
    await toResults(page, { locale });
    const dir = locale === 'ar' ? 'rtl' : 'ltr';
    await expect(page.locator('.mp')).toHaveAttribute('dir', dir);
    const part = page.locator('.mp-then-now');
    await part.locator('#mp-then-link').fill(link(baseURL.replace(/\/$/, '')));
    await expect(part.locator('.mp-then-areas li')).toHaveCount(content.areas.length);
    const lostHope = content.signs.find((s) => s.id === 'lost_hope').title[locale];
    await expect(part.locator('.mp-then-appeared').getByText(lostHope)).toBeVisible();
    await checkA11y(page, `then and now from a link in ${locale}`);
    await screenshots(page, `then-now-link-${locale}`);
    await part.locator('#mp-then-file').setInputFiles(file(dataFile(2)));
    await expect(part.locator('.mp-then-view p').first()).toContainText(locale === 'ar' ? '٢٠٢٦' : '2026');
    await expect(part.locator('.mp-then-areas li')).toHaveCount(content.areas.length);
  });
}
