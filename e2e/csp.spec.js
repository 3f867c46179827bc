import { test, expect, live } from './fixtures.js';
import { NEXTS_TO_REVIEW } from './content.js';

test('should run the whole page under the strict Content-Security-Policy with no violation', async ({ page }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const response = await page.goto('/');
  expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  await page.getByRole('radio').first().check();
  for (let i = 0; i < NEXTS_TO_REVIEW; i += 1) await page.getByRole('button', { name: 'Next' }).click();
  await page.getByRole('button', { name: 'See my results' }).click();
  await expect(page.getByRole('heading', { name: 'Where you might start' })).toBeVisible();
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
});

for (const [where, path] of [
  ['the standalone page', '/'],
  ['a page that embeds the widget with a script tag', '/host/plain.html'],
  ['a page that shows it in an iframe (in Spanish)', '/host/iframe.html'],
]) {
  test(`should load on ${where} with nothing logged: no warnings, no errors`, async ({ page }) => {
    const logged = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') logged.push(message.text());
    });
    await page.goto(path);
    const widget = path.includes('iframe') ? page.frameLocator('iframe').first() : page;
    // The start button, in whichever language the page asks for.
    await widget.locator('.mp-button-primary').first().click();
    await expect(widget.getByRole('radio').first()).toBeVisible();
    // The widget itself has started (the first step can be HTML before it does).
    await live(widget);
    expect(logged).toEqual([]);
  });
}

test('should mark the scripts that run at start for compiling off the main thread', async ({ request }) => {
  // V8 compiles a file that starts with this line on a background thread while it downloads,
  // instead of function by function on the page's main thread (see scripts/compile-hint.mjs).
  for (const script of ['boot.js', 'embed.js', 'missing-pieces.js']) {
    const text = await (await request.get(`/${script}`)).text();
    expect(text.startsWith('//# allFunctionsCalledOnLoad\n'), script).toBe(true);
  }
});
