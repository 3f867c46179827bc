// The standalone page holds the widget's first screen as HTML, written by the build from the real
// component, so it is painted before the WebAssembly arrives. It is shown only when it is the
// screen the widget will draw (in another language, once boot.js has put it in that language),
// it works as plain HTML (first-steps.js), and the widget then takes its place without moving
// anything.
import { test, expect, holdWasm, live, screenshots, settingsFile } from './fixtures.js';

const prerendered = (page) => page.locator('.mp-prerendered');
const boxes = (page) =>
  page.evaluate(() =>
    ['#mp-step-heading', '.mp-promises', '.mp-button-primary', '.mp-help-toggle'].map((selector) => {
      const box = document.querySelector(selector).getBoundingClientRect();
      return [selector, Math.round(box.x), Math.round(box.y), Math.round(box.width), Math.round(box.height)];
    }),
  );

test('should paint the welcome before the WebAssembly arrives, and keep every part in place when the widget takes over', async ({ page }) => {
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 844 });
    const release = await holdWasm(page);
    await page.goto('/');
    await expect(prerendered(page).getByText('A short check-in before your first session')).toBeVisible();
    await expect(prerendered(page).getByText('Start the check-in')).toBeVisible();
    await page.screenshot({ path: `e2e/artifacts/screens/first-paint-${width}.png`, fullPage: true });
    const before = await boxes(page);
    release();
    await expect(prerendered(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Start the check-in' })).toBeVisible();
    expect(await boxes(page), `the welcome moved at ${width} px`).toEqual(before);
    await page.unroute('**/missing-pieces_bg.wasm?v=*');
  }
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  await expect(page.getByRole('radio').first()).toBeVisible();
});

for (const [what, path, setUp] of [
  ['a preview for the site owner', '/?preview', null],
  ['a share link', '/#mp1.broken', null],
  ['answers saved on the device', '/', (page) => page.addInitScript(() => localStorage.setItem('missing-pieces:v1', 'saved'))],
]) {
  test(`should not show the English welcome first when the widget will show something else: ${what}`, async ({ page }) => {
    if (setUp) await setUp(page);
    const release = await holdWasm(page);
    await page.goto(path);
    // The welcome keeps its place, unseen, until the widget draws the right screen.
    await expect(prerendered(page)).toHaveCount(1);
    await expect(prerendered(page).locator('#mp-step-heading')).toBeHidden();
    expect((await prerendered(page).boundingBox()).height).toBeGreaterThan(100);
    release();
    await expect(prerendered(page)).toHaveCount(0);
    await expect(page.locator('#mp-step-heading')).toBeVisible();
  });
}

test('should show the welcome in the language the address asks for before the WebAssembly arrives, never the English one', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/?language=es');
  await expect(prerendered(page).getByRole('button', { name: 'Empezar' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the check-in' })).toHaveCount(0);
  const before = await boxes(page);
  release();
  await expect(prerendered(page)).toHaveCount(0);
  expect(await boxes(page)).toEqual(before);
});

test.describe('in a browser that prefers Spanish', () => {
  test.use({ locale: 'es-ES' });
  test('should not show the English welcome first, and show the Spanish one before the WebAssembly arrives', async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto('/');
    await expect(prerendered(page)).toHaveCount(1);
    await expect(prerendered(page).getByRole('button', { name: 'Empezar' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Start the check-in' })).toHaveCount(0);
    release();
    await expect(prerendered(page)).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Empezar' })).toBeVisible();
    await screenshots(page, 'first-paint-spanish');
  });
});

test('should keep a press on Start made before the page\'s scripts run, and show the first question', async ({ page }) => {
  const release = await holdWasm(page);
  // boot.js held back too: only first-paint.js has run when Start is pressed.
  let bootHeld;
  const boot = new Promise((resolve) => (bootHeld = resolve));
  await page.route('**/boot.js?v=*', async (route) => {
    await boot;
    await route.continue();
  });
  await page.goto('/', { waitUntil: 'commit' });
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  bootHeld();
  await expect(page.getByRole('heading', { name: 'Holding hope' })).toBeVisible();
  await expect(prerendered(page)).toHaveCount(1);
  release();
  await expect(prerendered(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Holding hope' })).toBeVisible();
});

test('should ask for the counsellor\'s settings file from the page\'s head, once, before boot.js has arrived', async ({ page }) => {
  // On a slow connection its round trip then overlaps the scripts' download (bench/slow-phone.mjs).
  let bootHeld;
  const boot = new Promise((resolve) => (bootHeld = resolve));
  await page.route('**/boot.js?v=*', async (route) => {
    await boot;
    await route.continue();
  });
  const asked = [];
  page.on('request', (request) => {
    if (new URL(request.url()).pathname.endsWith('/settings.json')) asked.push(request.url());
  });
  const settings = page.waitForRequest((request) => new URL(request.url()).pathname.endsWith('/settings.json'));
  await page.goto('/', { waitUntil: 'commit' });
  await settings;
  bootHeld();
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  await expect(page.getByRole('heading', { name: 'Holding hope' })).toBeVisible();
  await live(page);
  expect(asked, 'the settings file, asked for once').toHaveLength(1);
});

test.describe('with scripts turned off', () => {
  test.use({ javaScriptEnabled: false });
  test('should not show a welcome that cannot start, nor keep room for it', async ({ page }) => {
    await page.goto('/');
    await expect(prerendered(page)).toBeHidden();
    expect((await prerendered(page).boundingBox()) ?? { height: 0 }).toMatchObject({ height: 0 });
  });
});

test('should keep a press on Start where the settings file asks for what only the widget shows', async ({ page }) => {
  // Colours need the widget's contrast check: the welcome the page holds stays as it is, and
  // the widget, once it starts, draws its own and acts on the press.
  await settingsFile(page, { practice_name: 'Harbour Counselling', accent: '#1d4ed8' });
  const release = await holdWasm(page);
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  release();
  await expect(prerendered(page)).toHaveCount(0);
  await expect(page.getByRole('heading', { name: 'Holding hope' })).toBeVisible();
  await expect(page.getByText('Harbour Counselling')).toBeVisible();
});
