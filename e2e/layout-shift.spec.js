// The embedded check-in must not move a counsellor's page while it starts: the space its first
// screen takes is kept from the first paint, so the text below it stays where it was drawn.
import { test, expect } from './fixtures.js';

/** The most Chromium's layout-shift entries may add up to, from load to the first screen. */
const MOST = 0.02;

// Slowed like a phone (Lighthouse's mobile settings when applied: a CPU 4 times slower, slow 4G),
// the browser draws frames between the widget's start-up tasks, so a step that moves something
// between two of them shows.
const SPEEDS = { '': null, ', on a slow phone': { cpu: 4, latency: 562.5, down: 184_320, up: 84_375 } };

for (const [speed, slow] of Object.entries(SPEEDS)) for (const [width, height] of [[390, 844], [1280, 800]]) {
  test(`should not move the host page's text while the embed starts, at ${width} px${speed}`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    if (slow) {
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: slow.cpu });
      await cdp.send('Network.enable');
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: slow.latency,
        downloadThroughput: slow.down,
        uploadThroughput: slow.up,
      });
    }
    await page.addInitScript(() => {
      window.__shifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (!entry.hadRecentInput) window.__shifts.push(entry.value);
        }
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto('/host/counsellor.html');
    await expect(page.getByRole('button', { name: 'Start the check-in' })).toBeVisible();
    // Shifts are reported once the frame that shows them has been drawn: wait for two more.
    const shifts = await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(window.__shifts)))),
    );
    const total = shifts.reduce((sum, value) => sum + value, 0);
    expect(total, `layout shift at ${width} px (entries: ${shifts.join(', ')})`).toBeLessThanOrEqual(MOST);
    // The text below the widget is on the page and comes after it.
    await expect(page.getByRole('heading', { name: 'What happens next' })).toBeAttached();
  });
}
