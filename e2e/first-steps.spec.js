// On a counsellor's page (the script-tag embed and the iframe) the check-in's first screens are
// HTML that works before the WebAssembly arrives: the welcome with the counsellor's settings,
// "Need help now?", and the first question step after Start. When the widget arrives it takes
// over every answer, the focus and the scroll position, and nothing on screen moves.
import { test, expect, checkA11y, holdWasm, settingsFile } from './fixtures.js';

/** The counsellor's settings of e2e/hosts/counsellor.html, as the frame's settings file. */
const RIVERSIDE = {
  practice_name: 'Riverside Counselling',
  contact: { email: 'hello@riverside.example' },
  urgent_help: [{ name: 'Riverside Crisis Line', phone: '+44 20 7946 0000', hours: '24 hours, every day' }],
};

/** Where each part of the screen is, and which radios are ticked, in the widget's `scope`. */
const layout = (scope) =>
  scope.locator('.mp').first().evaluate((mp) => ({
    boxes: [...mp.querySelectorAll('h2, legend, label, button, .mp-help-pointer, .mp-progress')].map((el) => {
      const box = el.getBoundingClientRect();
      return `${el.tagName} ${el.textContent.slice(0, 30)} ${Math.round(box.x)},${Math.round(box.y)} ${Math.round(box.width)}x${Math.round(box.height)}`;
    }),
    ticked: [...mp.querySelectorAll('input[type=radio]')].map((radio) => radio.checked),
    focused: (() => {
      const focused = mp.getRootNode().activeElement;
      return focused && mp.contains(focused) ? `${focused.closest('fieldset')?.querySelector('legend').textContent} / ${focused.parentElement.textContent}` : null;
    })(),
    scroll: [window.scrollX, window.scrollY],
  }));

/** Answers the first step as a client would, with the mouse and the keyboard. */
async function answerFirstStep(scope) {
  await expect(scope.getByRole('heading', { name: 'Holding hope' })).toBeVisible();
  const first = scope.getByRole('group', { name: 'I have some hope that things can get better.' });
  await first.getByRole('radio', { name: 'Mostly true' }).check();
  const second = scope.getByRole('group', { name: 'It is hard for me to see a way forward.' });
  await second.getByRole('radio', { name: 'Partly true' }).check();
  // Taken back, then "prefer not to say".
  await second.getByRole('button', { name: 'Clear my answer' }).click();
  await expect(second.getByRole('radio', { name: 'Partly true' })).not.toBeChecked();
  await second.getByRole('radio', { name: 'Prefer not to say' }).check();
  // The keyboard: the next point of the first question, focus left there.
  await first.getByRole('radio', { name: 'Mostly true' }).focus();
  await first.page().keyboard.press('ArrowRight');
  await expect(first.getByRole('radio', { name: 'Very true' })).toBeChecked();
  await expect(first.getByRole('radio', { name: 'Very true' })).toBeFocused();
}

test('should ask for the stylesheet with the first screens\' code, and for the WebAssembly only once the welcome shows: the script-tag embed', async ({ page }) => {
  // On a slow connection each round trip before the welcome shows is a wait in front of an empty
  // place: embed.js asks for the stylesheet with the modules that draw the first screens, not
  // after them, and leaves the glue and the WebAssembly until the welcome is on screen.
  const requested = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  let letThrough;
  const heldScreens = new Promise((resolve) => (letThrough = resolve));
  await page.route('**/first-screens.js?v=*', async (route) => {
    await heldScreens;
    await route.continue();
  });
  const welcomeShownAtGlue = new Promise((resolve) => {
    page.route('**/missing-pieces.js?v=*', async (route) => {
      resolve(await page.locator('[data-missing-pieces]').getByRole('button', { name: 'Start the check-in' }).isVisible());
      await route.continue();
    });
  });
  await page.goto('/host/counsellor.html', { waitUntil: 'commit' });
  // The first screens' code is held back, and the stylesheet has been asked for all the same.
  await expect.poll(() => requested).toContain('/widget.css');
  expect(requested).not.toContain('/missing-pieces.js');
  letThrough();
  expect(await welcomeShownAtGlue, 'the welcome showed when the glue was asked for').toBe(true);
  await expect(page.locator('[data-missing-pieces]').locator('.mp-prerendered')).toHaveCount(0);
});

for (const [what, path, scopeOf] of [
  ['the script-tag embed', '/host/counsellor.html', (page) => page.locator('[data-missing-pieces]')],
  ['the iframe', '/host/iframe-first-steps.html', (page) => page.frameLocator('iframe')],
]) {
  for (const width of [390, 1280]) {
    test(`should answer the first step before the WebAssembly arrives and keep it all when it does: ${what}, ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 844 });
      if (what === 'the iframe') await settingsFile(page, RIVERSIDE);
      const release = await holdWasm(page);
      await page.goto(path);
      const scope = scopeOf(page);
      // The welcome with the counsellor's settings, working.
      await expect(scope.getByText('Riverside Counselling', { exact: true })).toBeVisible();
      await expect(scope.getByRole('heading', { name: 'A short check-in before your first session' })).toBeVisible();
      await page.screenshot({ path: `e2e/artifacts/screens/first-steps-${what.replace(/\W+/g, '-')}-welcome-html-${width}.png`, fullPage: true });
      // "Need help now?" works as HTML, with the counsellor's urgent-help contact.
      await scope.getByRole('button', { name: 'Need help now?' }).click();
      await expect(scope.getByText('Riverside Crisis Line')).toBeVisible();
      await expect(scope.getByRole('link', { name: 'Call +44 20 7946 0000' })).toHaveAttribute('href', 'tel:+442079460000');
      await scope.getByRole('button', { name: 'Close' }).click();
      await expect(scope.getByText('Riverside Crisis Line')).toBeHidden();

      await scope.getByRole('button', { name: 'Start the check-in' }).click();
      await answerFirstStep(scope);
      await checkA11y(page, `the first step as HTML (${what})`);
      await page.mouse.wheel(0, 300);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(0);
      const before = await layout(scope);
      const pageScroll = await page.evaluate(() => window.scrollY);
      await page.screenshot({ path: `e2e/artifacts/screens/first-steps-${what.replace(/\W+/g, '-')}-step-html-${width}.png` });

      release();
      await expect(scope.locator('.mp-prerendered')).toHaveCount(0);
      const after = await layout(scope);
      expect(after.ticked, 'the answers given').toEqual(before.ticked);
      expect(after.focused, 'the focus').toEqual(before.focused);
      expect(after.boxes, 'where everything is').toEqual(before.boxes);
      expect(after.scroll, 'the scroll position').toEqual(before.scroll);
      expect(await page.evaluate(() => window.scrollY), 'the page\'s scroll position').toEqual(pageScroll);
      await page.screenshot({ path: `e2e/artifacts/screens/first-steps-${what.replace(/\W+/g, '-')}-step-live-${width}.png` });

      // The live widget goes on from there: the answers count.
      await scope.getByRole('button', { name: 'Next' }).click();
      await expect(scope.getByRole('heading', { name: 'Holding hope' })).toBeHidden();
      await scope.getByRole('button', { name: 'Back' }).click();
      await expect(scope.getByRole('group', { name: 'I have some hope that things can get better.' }).getByRole('radio', { name: 'Very true' })).toBeChecked();
      await expect(scope.getByRole('group', { name: 'It is hard for me to see a way forward.' }).getByRole('radio', { name: 'Prefer not to say' })).toBeChecked();
    });
  }
}

test('should keep a press on Start made before the WebAssembly arrives, with nothing moved when it does', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  const release = await holdWasm(page);
  await page.goto('/host/counsellor.html');
  const scope = page.locator('[data-missing-pieces]');
  const welcome = await layout(scope);
  await page.screenshot({ path: 'e2e/artifacts/screens/first-steps-welcome-before.png', fullPage: true });
  release();
  await expect(scope.locator('.mp-prerendered')).toHaveCount(0);
  expect((await layout(scope)).boxes, 'the welcome moved').toEqual(welcome.boxes);
  await page.screenshot({ path: 'e2e/artifacts/screens/first-steps-welcome-after.png', fullPage: true });

  await page.reload();
  const again = await holdWasm(page);
  await page.reload();
  await scope.getByRole('button', { name: 'Start the check-in' }).click();
  await expect(scope.getByRole('heading', { name: 'Holding hope' })).toBeFocused();
  again();
  await expect(scope.locator('.mp-prerendered')).toHaveCount(0);
  await expect(scope.getByRole('heading', { name: 'Holding hope' })).toBeVisible();
  await expect(scope.getByRole('heading', { name: 'Holding hope' })).toBeFocused();
});

test('should show the welcome as HTML in the widget\'s language, with the counsellor\'s own welcome note', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/host/first-steps-spanish.html');
  const scope = page.locator('[data-missing-pieces]');
  await expect(scope.getByText('Consultorio Ribera', { exact: true }).first()).toBeVisible();
  await expect(scope.getByText('Bienvenida. Tómate tu tiempo.')).toBeVisible();
  await expect(scope.getByRole('button', { name: 'Empezar' })).toBeVisible();
  const before = await layout(scope);
  release();
  await expect(scope.locator('.mp-prerendered')).toHaveCount(0);
  expect((await layout(scope)).boxes).toEqual(before.boxes);
});

test('should keep the first screen hidden until the widget draws it, where the HTML cannot show the settings exactly', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/host/plain.html');
  const scope = page.locator('[data-missing-pieces]');
  // plain.html gives an accent colour: only the widget checks and sets colours.
  await expect(scope.locator('.mp-prerendered')).toHaveCount(1);
  await expect(scope.getByRole('button', { name: 'Start the check-in' })).toBeHidden();
  release();
  await expect(scope.getByRole('button', { name: 'Start the check-in' })).toBeVisible();
});

test('should keep another language chosen before the WebAssembly arrives, with the answers given in it', async ({ page }) => {
  const release = await holdWasm(page);
  await page.goto('/host/counsellor.html');
  const scope = page.locator('[data-missing-pieces]');
  await scope.getByRole('button', { name: 'Español' }).click();
  await scope.getByRole('button', { name: 'Empezar' }).click();
  const first = scope.locator('fieldset').first();
  await first.getByRole('radio').nth(2).check();
  await scope.getByRole('button', { name: '¿Necesitas ayuda ahora?' }).click();
  await expect(scope.getByText('Riverside Crisis Line')).toBeVisible();
  const before = await layout(scope);
  release();
  await expect(scope.locator('.mp-prerendered')).toHaveCount(0);
  const after = await layout(scope);
  expect(after.ticked).toEqual(before.ticked);
  expect(after.boxes).toEqual(before.boxes);
  await expect(scope.getByText('Riverside Crisis Line')).toBeVisible();
  await expect(scope.locator('.mp')).toHaveAttribute('lang', 'es');
});
