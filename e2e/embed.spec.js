import { test, expect, checkA11y, screenshots, live, settingsFile } from './fixtures.js';
import { toResults, NEXTS_TO_REVIEW } from './content.js';

/** The whole journey inside `scope`, ending on the results. */
async function journey(scope) {
  await toResults(scope);
  await expect(scope.getByRole('heading', { name: 'Where you might start' })).toBeVisible();
}

test('should embed with one script tag, in its own Shadow DOM, with the counsellor\'s settings', async ({ page }) => {
  await page.goto('/host/plain.html');
  const host = page.locator('[data-missing-pieces]');
  expect(await host.evaluate((el) => el.shadowRoot !== null)).toBe(true);
  await expect(page.getByText('Riverside Counselling', { exact: true }).last()).toBeVisible();
  const start = page.getByRole('button', { name: 'Start the check-in' });
  await expect(start).toHaveCSS('background-color', 'rgb(122, 59, 105)');
  await page.getByRole('button', { name: 'Need help now?' }).click();
  await expect(page.getByText('Riverside Crisis Line')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Call +44 20 7946 0000' })).toHaveAttribute('href', 'tel:+442079460000');
  await page.getByRole('button', { name: 'Close' }).click();
  await checkA11y(page, 'embedded welcome');
  await journey(page);
  await expect(page.getByRole('link', { name: 'hello@riverside.example' })).toHaveAttribute('href', 'mailto:hello@riverside.example');
  await expect(page.getByRole('link', { name: 'Email to my counsellor' })).toHaveAttribute('href', /^mailto:hello@riverside\.example\?subject=/);
  await expect(page.getByText('Email is not a private way to send things.')).toBeVisible();
  await checkA11y(page, 'embedded results');
  await screenshots(page, 'embedded-results');
});

test('should keep its Shadow DOM closed to the page\'s other scripts', async ({ browser, baseURL }) => {
  // A page as a client's browser shows it, without the tests' opening of Shadow DOM.
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await page.goto('/host/plain.html');
  // The browser's accessibility tree, which reaches into closed Shadow DOM, has the live widget.
  const cdp = await context.newCDPSession(page);
  const names = async () => (await cdp.send('Accessibility.getFullAXTree')).nodes
    .filter((n) => n.role?.value === 'button' && !n.ignored).map((n) => n.name?.value);
  await expect.poll(names).toContain('Need help now?');
  const host = page.locator('[data-missing-pieces]');
  expect(await host.evaluate((el) => el.shadowRoot)).toBeNull();
  // Nothing of it is reached from the page: neither a query nor the element's text.
  expect(await page.evaluate(() => document.querySelectorAll('.mp, .mp-host').length)).toBe(0);
  expect(await host.evaluate((el) => el.innerText)).not.toContain('Riverside');
  await context.close();
});

test('should look and work the same under a hostile site theme', async ({ page }) => {
  await page.goto('/host/hostile.html');
  const start = page.getByRole('button', { name: 'Start the check-in' });
  await expect(start).toBeVisible();
  await expect(start).not.toHaveCSS('font-family', /Comic Sans/);
  await expect(start).toHaveCSS('letter-spacing', 'normal');
  await expect(start).toHaveCSS('background-color', 'rgb(47, 107, 94)');
  const heading = page.locator('[data-missing-pieces]').getByRole('heading', { level: 2 });
  await expect(heading).toHaveCSS('text-transform', 'none');
  // Asked again until it holds: the widget may take the HTML first screen's place in between.
  await expect.poll(() => heading.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeLessThan(30);
  await start.click();
  await expect(page.getByRole('radio').first()).toBeVisible();
  await screenshots(page, 'hostile-question');
  await page.goto('/host/hostile.html');
  await journey(page);
  await checkA11y(page, 'hostile results');
});

test('should embed under the strict Content-Security-Policy with settings from a JSON block', async ({ page }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto('/host/csp.html?csp=strict');
  expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
  await expect(page.getByText('Lakeside Counselling')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Start the check-in' })).toHaveCSS('background-color', 'rgb(29, 78, 137)');
  await journey(page);
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  // axe-core adds a <style> of its own while it checks; the page's policy rightly blocks it.
  page.allowConsoleError(/^Applying inline style violates the following Content Security Policy/);
  await checkA11y(page, 'strict CSP results');
});

test('should tell the site owner in the console what is wrong with the settings, show clients no note, and still work', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto('/host/bad-config.html');
  await live(page);
  // The client sees the check-in working with the settings that could be used.
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.locator('[data-missing-pieces]')).not.toContainText('javascript:');
  const warning = warnings.join('\n');
  expect(warning).toContain('accent: "#ffff00" is too light');
  expect(warning).toContain('booking-url:');
  expect(warning).toContain('Did you mean "accent"?');
  // Counsellor text is shown as text, never as markup.
  await expect(page.getByText('<img src=x onerror=alert(1)> Therapy')).toBeVisible();
  expect(await page.locator('[data-missing-pieces]').evaluate((el) => el.shadowRoot.querySelectorAll('img').length)).toBe(0);
  await expect(page.getByRole('button', { name: 'Start the check-in' })).toHaveCSS('background-color', 'rgb(47, 107, 94)');
  await checkA11y(page, 'settings note');
  await journey(page);
});

test('should run in an iframe that grows with its content', async ({ page }) => {
  // The counsellor's settings file, uploaded into the widget's folder: the frame reads it.
  await settingsFile(page, { practice_name: 'Brookside Counselling' });
  await page.goto('/host/iframe.html');
  const frameElement = page.locator('iframe[data-missing-pieces-frame]');
  const frame = page.frameLocator('iframe[data-missing-pieces-frame]');
  await expect(frame.getByRole('button', { name: 'Empezar' })).toBeVisible();
  await expect(frame.getByText('Brookside Counselling')).toBeVisible();
  const before = await frameElement.evaluate((el) => el.getBoundingClientRect().height);
  expect(before).toBeGreaterThan(400);
  await frame.getByRole('button', { name: 'Empezar' }).click();
  await expect.poll(() => frameElement.evaluate((el) => el.getBoundingClientRect().height)).toBeGreaterThan(before + 300);
  await checkA11y(page, 'iframe host');
  // The whole journey, inside the frame.
  for (let step = 0; step < NEXTS_TO_REVIEW; step += 1) {
    await frame.getByRole('button', { name: 'Siguiente', exact: true }).click();
  }
  await frame.getByRole('button', { name: 'Ver mis resultados' }).click();
  await expect(frame.locator('#mp-step-heading')).toBeVisible();
  await expect(frame.getByText('No hubo suficientes respuestas', { exact: false })).toBeVisible();
  await checkA11y(page, 'iframe results');
});

test('should draw every other widget when some marked elements cannot hold a Shadow DOM', async ({ page }) => {
  const warnings = [];
  page.on('console', (message) => {
    if (message.type() === 'warning') warnings.push(message.text());
  });
  await page.goto('/host/bad-elements.html');
  // A list, a table cell and a link come before the good element; each gets the widget in a
  // div of its own, and the good one is drawn as always.
  await expect(page.getByRole('button', { name: 'Start the check-in' })).toHaveCount(4);
  for (const name of ['List Counselling', 'Cell Counselling', 'Link Counselling', 'Riverside Counselling']) {
    await expect(page.getByText(name, { exact: true })).toBeVisible();
  }
  expect(await page.locator('div[data-missing-pieces]').evaluate((el) => el.shadowRoot !== null)).toBe(true);
  expect(await page.locator('td > [data-missing-pieces-wrapper]').count()).toBe(1);
  expect(await page.locator('ul + [data-missing-pieces-wrapper]').count()).toBe(1);
  expect(warnings.filter((w) => w.includes('cannot hold the check-in'))).toHaveLength(3);
  await screenshots(page, 'embedded-bad-elements');
  // The widget after the list works like any other.
  await page.getByRole('button', { name: 'Start the check-in' }).first().click();
  await expect(page.getByRole('radio').first()).toBeVisible();
});
