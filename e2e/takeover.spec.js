// The first screens are HTML that works before the WebAssembly arrives; the widget then builds
// its own screen and draws it in their place, over a few tasks. A press on Start made at any
// moment of that takeover counts, once: before the widget starts building, while it builds, in
// the task after, and with the button held down as it is about to draw (it waits for the press
// to end). The moments are reached by watching the widget's element arrive, not by timing.
import { test, expect, holdWasm } from './fixtures.js';

/**
 * Installed in the page before the WebAssembly is let through: presses Start `when` the widget
 * has begun to build its screen beside the HTML one ('building': in the same task; 'next task':
 * in a task of its own after that), whichever Start is on screen then.
 */
function pressWhen(when) {
  const host = document.querySelector('[data-missing-pieces]');
  const scope = host?.shadowRoot ?? document;
  const place = scope.querySelector('.mp-prerendered');
  const root = place.parentElement;
  const press = () => {
    const start = root.querySelector('.mp-step .mp-button-primary');
    window.pressedOn = start.closest('.mp-prerendered') ? 'html' : 'widget';
    start.click();
  };
  const observer = new MutationObserver(() => {
    // The widget's own element arrives at the start of its place, beside the HTML screen.
    if (root.firstElementChild === place) return;
    observer.disconnect();
    if (when === 'building') press();
    else {
      const channel = new MessageChannel();
      channel.port1.onmessage = press;
      channel.port2.postMessage(null);
    }
  });
  observer.observe(root, { childList: true });
}

for (const [what, path, scopeOf] of [
  ['the standalone page', '/', (page) => page.locator('#missing-pieces')],
  ['the script-tag embed', '/host/counsellor.html', (page) => page.locator('[data-missing-pieces]')],
]) {
  for (const when of ['building', 'next task']) {
    test(`should count a press on Start made while the widget takes over (${when}): ${what}`, async ({ page }) => {
      const release = await holdWasm(page);
      await page.goto(path);
      const scope = scopeOf(page);
      await expect(scope.getByRole('button', { name: 'Start the check-in' })).toBeVisible();
      await page.evaluate(pressWhen, when);
      release();
      await expect(scope.locator('.mp-prerendered')).toHaveCount(0);
      expect(await page.evaluate(() => window.pressedOn), 'a press was made').toBeTruthy();
      // Started once: the first question step, not the welcome and not the second step.
      await expect(scope.getByRole('heading', { level: 2, name: 'Holding hope' })).toBeVisible();
      await expect(scope.getByRole('button', { name: 'Start the check-in' })).toHaveCount(0);
      await expect(scope.getByText('Step 1 of')).toBeVisible();
    });
  }

  test(`should wait for a press held down on Start before taking over, and count it: ${what}`, async ({ page }) => {
    const release = await holdWasm(page);
    await page.goto(path);
    const scope = scopeOf(page);
    const start = scope.getByRole('button', { name: 'Start the check-in' });
    await expect(start).toBeVisible();
    const box = await start.boundingBox();
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    release();
    // The widget builds its screen beside the HTML one, then waits: the press is under way.
    await expect.poll(() => page.evaluate(() => {
      const host = document.querySelector('[data-missing-pieces]');
      return (host?.shadowRoot ?? document).querySelector('.mp-prerendered').parentElement.childElementCount;
    })).toBeGreaterThan(1);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await expect(scope.locator('.mp-prerendered')).toHaveCount(1);
    await page.mouse.up();
    await expect(scope.locator('.mp-prerendered')).toHaveCount(0);
    await expect(scope.getByRole('heading', { level: 2, name: 'Holding hope' })).toBeVisible();
    await expect(scope.getByRole('heading', { level: 2, name: 'Holding hope' })).toBeFocused();
    await expect(scope.getByText('Step 1 of')).toBeVisible();
  });

  test(`should leave no listener of the first screens on the window once the widget has taken over: ${what}`, async ({ page }) => {
    // The first screens watch the window for a press ending (see first-steps.js); the widget
    // does not need that once it has drawn. Listeners are read through the DevTools protocol,
    // by the script that added them.
    const cdp = await page.context().newCDPSession(page);
    const scripts = new Map();
    cdp.on('Debugger.scriptParsed', ({ scriptId, url }) => scripts.set(scriptId, url));
    await cdp.send('Debugger.enable');
    const windowListeners = async () => {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'window' });
      const { listeners } = await cdp.send('DOMDebugger.getEventListeners', { objectId: result.objectId });
      return listeners.filter((l) => scripts.get(l.scriptId)?.includes('/first-screens.js')).map((l) => l.type).sort();
    };
    const release = await holdWasm(page);
    await page.goto(path);
    const scope = scopeOf(page);
    await expect(scope.getByRole('button', { name: 'Start the check-in' })).toBeVisible();
    expect(await windowListeners()).toEqual(['blur', 'keyup', 'pointercancel', 'pointerup']);
    release();
    await expect(scope.locator('.mp-prerendered')).toHaveCount(0);
    await expect(scope.getByRole('button', { name: 'Start the check-in' })).toBeVisible();
    expect(await windowListeners()).toEqual([]);
  });
}
