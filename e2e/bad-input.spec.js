import { test, expect, settingsFile } from './fixtures.js';
import { content, onToReview } from './content.js';

// Each payload tries to run script, load something or break out of its context. All of them must
// be shown as the plain text they are: no element made, no request sent, nothing run.
const PAYLOADS = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '"><svg onload=window.__pwned=1>',
  '</textarea><script>window.__pwned=1</script>',
  '<iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>',
  "' onmouseover='window.__pwned=1",
  '<a href="javascript:window.__pwned=1">x</a>',
  '{{constructor.constructor("window.__pwned=1")()}}',
  '<style>*{display:none}</style>',
  '&lt;b&gt;bold&lt;/b&gt; &amp; <!-- comment -->',
];

/** Elements that payloads could create inside the widget. */
const countInjected = (page) => page.locator('.mp').evaluate((root) =>
  root.querySelectorAll('script, img, svg:not(.mp-progress-bar):not(.mp-chart-bar), iframe, style, a[href^="javascript"]').length);

for (const [n, payload] of PAYLOADS.entries()) {
  test(`should show settings payload ${n + 1} as text`, async ({ page }) => {
    await settingsFile(page, { practice_name: payload.slice(0, 80), intro: payload });
    await page.goto('/');
    await expect(page.locator('.mp-brand')).toHaveText(payload.slice(0, 80).replace(/\s+/g, ' ').trim());
    await expect(page.locator('.mp-intro-note .mp-note-text')).toHaveText(payload);
    expect(await countInjected(page)).toBe(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  });

  test(`should keep notes payload ${n + 1} as text in the results`, async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Start the check-in' }).click();
    // Past every area, to the reflections.
    for (let i = 0; i < content.areas.length; i += 1) await page.getByRole('button', { name: 'Next' }).click();
    await page.getByLabel(content.reflections[0].prompt.en).fill(payload);
    await onToReview(page);
    await page.getByRole('button', { name: 'See my results' }).click();
    await page.getByRole('checkbox', { name: 'Include my notes' }).check();
    await expect(page.locator('.mp-notes .mp-note-text')).toHaveText(payload);
    expect(await countInjected(page)).toBe(0);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  });
}
