// Many shared hosts send `.wasm` as `application/octet-stream`. The browser then refuses to
// compile it while it downloads, and the glue compiles it once it has all arrived instead: the
// check-in must still work, and the site owner is told in the console (see the README for the fix).
import { test, expect, live } from './fixtures.js';

for (const [where, path, scope] of [
  ['the script-tag embed', '/host/plain.html', (page) => page],
  ['the standalone page', '/', (page) => page],
  ['the iframe', '/host/iframe.html', (page) => page.frameLocator('iframe[data-missing-pieces-frame]')],
]) {
  test(`${where}: should work when the .wasm comes as application/octet-stream`, async ({ page }) => {
    const warnings = [];
    page.on('console', (message) => {
      if (message.type() === 'warning') warnings.push(message.text());
    });
    let served = 0;
    await page.route(
      (url) => url.pathname.endsWith('.wasm'),
      async (route) => {
        const response = await route.fetch();
        served += 1;
        await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
      },
    );
    await page.goto(path);
    const widget = scope(page);
    await widget.locator('.mp-button-primary').first().click();
    await expect(widget.getByRole('radio').first()).toBeVisible();
    // The first step can be HTML before the WebAssembly arrives: the widget has started once the
    // HTML is gone.
    await live(widget);
    expect(served).toBe(1);
    // The glue says why it is slower, for the site owner.
    await expect.poll(() => warnings.some((w) => w.includes('application/wasm'))).toBe(true);
  });
}
