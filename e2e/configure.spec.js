// The configurator for counsellors (configure.html), served from dist/ under the strict policy.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { test as plainTest } from '@playwright/test';
import { test, expect, checkA11y, screenshots, settingsFile } from './fixtures.js';

/** A counsellor's page under the strict policy of the README, which lets in frames of its own site. */
const FRAMING_CSP =
  "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; connect-src 'self'; " +
  "img-src 'self' data:; frame-src 'self'; base-uri 'none'; form-action 'none'";

/** The preview's widget (in its Shadow DOM, which Playwright's locators pierce). */
const previewOf = (page) => page.locator('#preview .mp-preview-shown [data-missing-pieces]');

async function open(page, path = '/configure.html') {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await page.goto(path);
  expect(response.headers()['content-security-policy']).toContain("default-src 'none'");
  await expect(previewOf(page).getByRole('button', { name: 'Start the check-in' })).toBeVisible();
  await settled(page);
}

/** The page's own code broke no rule of the policy; then axe-core, whose <style> is blocked. */
async function a11y(page, screen) {
  expect(await page.evaluate(() => window.__violations)).toEqual([]);
  // axe-core adds a <style> of its own while it checks; the page's policy rightly blocks it.
  page.allowConsoleError(/^Applying inline style violates the following Content Security Policy/);
  await checkA11y(page, screen);
  await page.evaluate(() => {
    window.__violations = [];
  });
}

/** Waits until the preview shows the current settings. */
async function settled(page) {
  await expect(page.locator('#preview')).not.toHaveAttribute('aria-busy', 'true');
}

test('should build a snippet and preview from the form', async ({ page }) => {
  await open(page);
  await page.getByLabel('Practice name').fill('Harbour Counselling');
  await page.getByLabel('Accent colour', { exact: true }).fill('#1d4ed8');
  const preview = previewOf(page);
  await expect(preview.getByText('Harbour Counselling', { exact: true })).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Start the check-in' })).toHaveCSS('background-color', 'rgb(29, 78, 216)');
  const script = page.getByLabel('Code for a script tag');
  await expect(script).toHaveValue(/data-practice-name="Harbour Counselling"/);
  await expect(script).toHaveValue(/data-accent="#1d4ed8"/);
  await expect(script).toHaveValue(/<script type="module" src="http:\/\/127\.0\.0\.1:\d+\/embed\.js"><\/script>$/);
  // The frame's address carries nothing a stranger could change: the settings go in the file.
  await expect(page.getByLabel('Code for an iframe')).toHaveValue(/src="http:\/\/127\.0\.0\.1:\d+\/"/);
  await expect.poll(async () => JSON.parse(await page.getByLabel('Your settings file').inputValue()))
    .toEqual({ practice_name: 'Harbour Counselling', accent: '#1d4ed8' });
  // The colour picker follows the text.
  await expect(page.getByLabel('Pick the accent colour')).toHaveValue('#1d4ed8');

  await page.getByLabel('Language to start in').selectOption('es');
  await expect(preview.getByRole('button', { name: 'Empezar' })).toBeVisible();
  await expect(script).toHaveValue(/data-language="es"/);

  await page.getByLabel('Show the reflections step').uncheck();
  await page.getByLabel('Offer to save progress').uncheck();
  await page.getByLabel('Welcome message').fill('Welcome.\nTake your time.');
  await expect(script).toHaveValue(/data-reflections="off"\n\s+data-saving="off"\n\s+data-intro="Welcome\.&#10;Take your time\."/);
  await expect(page.getByText('24 of 400 characters')).toBeVisible();
});

test('should show the site-owner note for a low-contrast accent', async ({ page }) => {
  await open(page);
  const accent = page.getByLabel('Accent colour', { exact: true });
  await accent.fill('#ffff00');
  const note = previewOf(page).getByRole('note');
  await expect(note).toContainText('Note for the site owner');
  await expect(note).toContainText('accent: "#ffff00" is too light');
  await expect(accent).toHaveAttribute('aria-invalid', 'true');
  await settled(page);
  await expect(accent).toHaveAccessibleDescription(/too light for white button text \(contrast 1\.1:1; at least 4\.5:1 is needed\)/);
  await a11y(page, 'configurator with a colour message');

  // Other mistakes show once the field is left, in the widget's own words, tied to the field.
  const email = page.getByLabel('Email address');
  await email.fill('hello at harbour');
  await email.blur();
  await expect(email).toHaveAccessibleDescription(/"hello at harbour" is not an email address; it should look like name@example\.org/);
  const booking = page.getByLabel('Booking page');
  await booking.fill('http://harbour.example/book');
  await booking.blur();
  await expect(booking).toHaveAccessibleDescription(/is not a safe web address; it must start with https:\/\//);
  await expect(previewOf(page).getByRole('note')).toContainText('booking-url:');
  await booking.fill('https://harbour.example/book');
  await expect(booking).not.toHaveAttribute('aria-invalid');

  await accent.fill('#2f6b5e');
  await expect(accent).not.toHaveAttribute('aria-invalid');
});

test('should escape markup in the snippet', async ({ page }) => {
  await open(page);
  await page.getByLabel('Practice name').fill('<b>x</b> & "y"');
  const script = page.getByLabel('Code for a script tag');
  await expect(script).toHaveValue(/data-practice-name="&lt;b&gt;x&lt;\/b&gt; &amp; &quot;y&quot;"/);
  // The message for a page where no script of the check-in can run holds the settings as text.
  await page.locator('#f-contact-phone').fill('0161 496 0000');
  await expect(script).toHaveValue(/<div data-missing-pieces-fallback="" hidden="">.*<bdi>&lt;b&gt;x&lt;\/b&gt; &amp; "y"<\/bdi>/s);
  await expect(script).not.toHaveValue(/<b>x/);
  await expect(page.getByLabel('Code for an iframe')).not.toHaveValue(/practice-name/);
  await expect.poll(async () => JSON.parse(await page.getByLabel('Your settings file').inputValue()).practice_name)
    .toBe('<b>x</b> & "y"');
  // The preview shows the name as text.
  await expect(previewOf(page).getByText('<b>x</b> & "y"')).toBeVisible();

  // Urgent help goes as JSON in one attribute, escaped the same way.
  const row = page.getByRole('group', { name: 'Urgent help contact 1' });
  await row.getByLabel('Name of the service (needed)').fill("Sam's Line");
  await row.getByLabel('Phone number').fill('116 123');
  await expect(script).toHaveValue(/data-urgent-help="\[\{&quot;name&quot;:&quot;Sam&#39;s Line&quot;,&quot;phone&quot;:&quot;116 123&quot;\}\]"/);
  await expect.poll(async () => JSON.parse(await page.getByLabel('Your settings file').inputValue()).urgent_help)
    .toEqual([{ name: "Sam's Line", phone: '116 123' }]);
});

test('should add and remove urgent-help rows, capped at 8', async ({ page }) => {
  await open(page);
  const rows = page.locator('#help-rows > fieldset');
  const add = page.getByRole('button', { name: 'Add an urgent help contact' });
  await expect(rows).toHaveCount(1);
  for (let i = 2; i <= 8; i++) {
    await add.click();
    await expect(rows).toHaveCount(i);
    await expect(page.getByRole('group', { name: `Urgent help contact ${i}` }).getByLabel('Name of the service (needed)')).toBeFocused();
  }
  await expect(add).toBeDisabled();
  await expect(page.getByText('8 of 8 contacts: that is the most the check-in shows.')).toBeVisible();

  const third = page.getByRole('group', { name: 'Urgent help contact 3' });
  await third.getByLabel('Name of the service (needed)').fill('Shout');
  await third.getByLabel('Text message').fill('Text SHOUT to 85258');
  await page.getByRole('button', { name: 'Remove contact 2' }).click();
  await expect(rows).toHaveCount(7);
  await expect(add).toBeEnabled();
  // Contact 3 is now contact 2, and keyboard focus stays on the contact that moved up.
  await expect(page.getByRole('group', { name: 'Urgent help contact 2' }).getByLabel('Name of the service (needed)')).toHaveValue('Shout');
  await expect(page.getByRole('group', { name: 'Urgent help contact 2' }).getByLabel('Name of the service (needed)')).toBeFocused();
  await expect(page.getByLabel('Code for a script tag')).toHaveValue(/data-urgent-help="\[\{&quot;name&quot;:&quot;Shout&quot;,&quot;text&quot;:&quot;Text SHOUT to 85258&quot;\}\]"/);

  const preview = previewOf(page);
  await settled(page);
  await preview.getByRole('button', { name: 'Need help now?' }).click();
  await expect(preview.getByText('Text SHOUT to 85258')).toBeVisible();

  // A contact with a name but no way to reach it gets a plain message.
  const first = page.getByRole('group', { name: 'Urgent help contact 1' });
  const name = first.getByLabel('Name of the service (needed)');
  await name.fill('Nobody');
  await name.blur();
  await expect(name).toHaveAccessibleDescription(/Contact 1 has no working phone number, text line or web address/);

  while ((await rows.count()) > 0) await page.getByRole('button', { name: /^Remove contact/ }).first().click();
  await expect(add).toBeFocused();
  await expect(page.getByLabel('Code for a script tag')).not.toHaveValue(/urgent-help/);
});

test('should have no accessibility violations and fit a phone', async ({ page }) => {
  await open(page);
  await a11y(page, 'configurator');
  await page.getByLabel('Practice name').fill('Harbour Counselling');
  await page.getByLabel('Your website’s address').fill('https://www.harbour.example/check-in');
  await page.getByLabel('Your website’s address').blur();
  await expect(page.getByText('Only the site part is used: https://www.harbour.example')).toBeVisible();
  // Only the parent: the practice name goes in the settings file, not in the frame's address.
  await expect(page.getByLabel('Code for an iframe')).toHaveValue(/\?parent=https%3A%2F%2Fwww\.harbour\.example"/);
  await settled(page);
  await a11y(page, 'configurator, filled in');
  // The preview stays in view as the page scrolls; show it beside the top of the form.
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshots(page, 'configure');
});

test('should copy the script snippet', async ({ page, context, baseURL }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
  await open(page);
  await page.getByLabel('Practice name').fill('Harbour Counselling');
  const script = page.getByLabel('Code for a script tag');
  await expect(script).toHaveValue(/Harbour Counselling/);
  await page.getByRole('button', { name: 'Copy the script-tag code' }).click();
  await expect(page.getByText('Copied. Now paste it into your website.')).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await script.inputValue());
});

test('should say how to copy by hand when the browser will not copy', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(navigator, 'clipboard', { value: undefined });
  });
  await open(page);
  await page.getByRole('button', { name: 'Copy the iframe code' }).click();
  await expect(page.getByText('The code is selected: press Ctrl+C (Command+C on a Mac) to copy it.')).toBeVisible();
  const iframe = page.getByLabel('Code for an iframe');
  await expect(iframe).toBeFocused();
  expect(await iframe.evaluate((el) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe(await iframe.inputValue());
});

test('should give code that works when pasted into a page', async ({ page, baseURL }) => {
  await open(page);
  await page.getByLabel('Practice name').fill('<b>x</b> & "y"');
  await page.getByLabel('Accent colour', { exact: true }).fill('#1d4ed8');
  await page.getByLabel('Welcome message').fill("It's fine.\nTake your time.");
  const row = page.getByRole('group', { name: 'Urgent help contact 1' });
  await row.getByLabel('Name of the service (needed)').fill("Sam's <Line>");
  await row.getByLabel('Phone number').fill('116 123');
  await page.getByLabel('Your website’s address').fill(baseURL);
  const script = await page.getByLabel('Code for a script tag').inputValue();
  await page.getByLabel('Language to start in').selectOption('es');
  await expect(page.getByLabel('Code for an iframe')).toHaveValue(/language=es/);
  const iframe = await page.getByLabel('Code for an iframe').inputValue();
  // The settings file, downloaded as the counsellor would and served from the widget's folder.
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download settings.json' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('settings.json');
  const file = readFileSync(await download.path(), 'utf8');
  expect(JSON.parse(file)).toMatchObject({ practice_name: '<b>x</b> & "y"', language: 'es' });
  await settingsFile(page, file);

  // A counsellor's page, made of nothing but the pasted code.
  const pasted = (code) =>
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title><link rel="icon" href="data:,"></head><body><main><h1>My practice</h1>\n${code}\n</main></body></html>`;
  await page.route('**/host/pasted-script.html', (route) => route.fulfill({ contentType: 'text/html', body: pasted(script) }));
  await page.route('**/host/pasted-iframe.html', (route) =>
    route.fulfill({ contentType: 'text/html', headers: { 'content-security-policy': FRAMING_CSP }, body: pasted(iframe) }));

  await page.goto('/host/pasted-script.html');
  const widget = page.locator('[data-missing-pieces]');
  await expect(widget.getByText('<b>x</b> & "y"', { exact: true }).first()).toBeVisible();
  await expect(widget.getByText("It's fine.\nTake your time.")).toBeVisible();
  await expect(widget.getByRole('button', { name: 'Start the check-in' })).toHaveCSS('background-color', 'rgb(29, 78, 216)');
  await widget.getByRole('button', { name: 'Need help now?' }).click();
  await expect(widget.locator('.mp-host').getByText("Sam's <Line>")).toBeVisible();
  await expect(widget.getByRole('note')).toHaveCount(0);
  // The code's own message for a page where no script of the check-in runs (see
  // e2e/cross-origin.spec.js) never shows beside a check-in that runs, even after its wait.
  await page.evaluate(() => document.getAnimations().forEach((animation) => animation.finish()));
  await expect(widget.getByText('The check-in could not open here')).toBeHidden();

  // The iframe code works under a strict policy on the counsellor's page: no style attribute is
  // blocked, and the frame still fills the width and grows with the check-in.
  await page.addInitScript(() => {
    window.__hostViolations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__hostViolations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto('/host/pasted-iframe.html');
  const frame = page.frameLocator('iframe[data-missing-pieces-frame]');
  await expect(frame.getByRole('button', { name: 'Empezar' })).toBeVisible();
  const frameElement = page.locator('iframe[data-missing-pieces-frame]');
  await expect(frameElement).toHaveAttribute('title', 'Preguntas breves antes de tu primera sesión');
  await expect(frameElement).toHaveAttribute('allow', 'clipboard-write');
  const before = (await frameElement.boundingBox()).height;
  await frame.getByRole('button', { name: 'Empezar' }).click();
  await expect.poll(async () => (await frameElement.boundingBox()).height).toBeGreaterThan(before + 300);
  expect((await frameElement.boundingBox()).width).toBeGreaterThan(page.viewportSize().width - 40);
  expect(await page.evaluate(() => window.__hostViolations)).toEqual([]);
  await page.goto('/host/pasted-iframe.html');
  await expect(frame.getByText('<b>x</b> & "y"', { exact: true }).first()).toBeVisible();
  await expect(frame.getByRole('button', { name: 'Empezar' })).toHaveCSS('background-color', 'rgb(29, 78, 216)');
  await expect(frame.getByRole('note')).toHaveCount(0);
});

test('should write the iframe code without a style attribute, and ask for the website\'s address', async ({ page }) => {
  await open(page);
  const address = page.getByLabel('Your website’s address');
  await expect(address).toHaveValue('');
  // Nothing typed yet: the code has no parent, and the page says what that means.
  await expect(page.getByText('Without it the frame cannot grow to fit the check-in')).toBeVisible();
  const iframe = page.getByLabel('Code for an iframe');
  await expect(iframe).not.toHaveValue(/parent=/);
  await expect(iframe).not.toHaveValue(/style=/);
  await expect(iframe).toHaveValue(/allow="clipboard-write" width="100%" height="700"/);
  await expect(iframe).toHaveValue(/title="Check-in before your first session"/);

  // The address is taken from what the counsellor types, even without https://.
  await address.fill('www.harbour.example/about-us');
  await address.blur();
  await expect(iframe).toHaveValue(/\?parent=https%3A%2F%2Fwww\.harbour\.example"/);
  await expect(page.getByText('Without it the frame cannot grow')).toHaveCount(0);
  await page.getByLabel('Language to start in').selectOption('ar');
  await expect(iframe).toHaveValue(/title="أسئلة قصيرة قبل جلستك الأولى"/);
});

plainTest('should say what to do when opened from the computer\'s disk', async ({ page }) => {
  await page.goto(`file://${resolve('dist/configure.html')}`);
  await expect(page.getByRole('alert')).toContainText('This page is open from your computer, so your browser will not run it.');
  await expect(page.getByRole('alert')).toContainText('Upload the whole missing-pieces folder to your website first.');
  await expect(page.getByRole('alert')).toContainText('shows a free host where you drag the folder into your browser (way C)');
  await expect(page.getByText('Loading the preview…')).toHaveCount(0);
  await expect(page.getByText('The preview cannot start from your computer.')).toBeVisible();
});

test('should offer a field for a setting of the widget\'s table that the page does not write out', async ({ page }) => {
  await open(page);
  const id = page.getByLabel('Widget id');
  await expect(id).toHaveAttribute('maxlength', '40');
  await id.fill('front page');
  await id.blur();
  await expect(id).toHaveAccessibleDescription(/"front page" is not a widget id; use up to 40 letters/);
  await expect(id).toHaveAttribute('aria-invalid', 'true');
  await id.fill('front-page');
  await expect(id).not.toHaveAttribute('aria-invalid');
  await expect(page.getByLabel('Code for a script tag')).toHaveValue(/data-widget-id="front-page"/);
});

test('should let the counsellor choose the areas and add questions of their own', async ({ page }) => {
  await open(page);
  const preview = previewOf(page);
  const script = page.getByLabel('Code for a script tag');
  const areas = page.getByRole('group', { name: 'Areas the check-in asks about' });
  await expect(areas.getByRole('checkbox')).toHaveCount(6);
  await areas.getByRole('checkbox', { name: 'Noticing the here and now' }).uncheck();
  await areas.getByRole('checkbox', { name: 'Letting good things in' }).uncheck();
  await expect(page.getByText('4 of 6 areas ticked.')).toBeVisible();
  await expect(script).toHaveValue(/data-areas="hope,relational_support,developing_resources,self_compassion"/);
  await settled(page);
  await expect(preview.getByText(/There are \d+ short questions/)).not.toContainText('34');

  // Fewer than three: the widget's own note, under the boxes and in the preview.
  await areas.getByRole('checkbox', { name: /Ways to cope/ }).uncheck();
  await areas.getByRole('checkbox', { name: 'Being kind to themselves' }).uncheck();
  await expect(page.locator('#f-areas-error')).toHaveText('Names 2 of the areas; a check-in needs at least 3. The default is used.');
  await settled(page);
  await expect(preview.getByRole('note')).toContainText('a check-in needs at least 3');
  await areas.getByRole('checkbox', { name: 'Being kind to themselves' }).check();
  await expect(page.locator('#f-areas-error')).toHaveText('');

  const questions = page.getByRole('group', { name: 'Your own questions' });
  await questions.getByLabel('Question 1', { exact: true }).fill('Who is at home with you?');
  await expect(script).toHaveValue(/data-questions="\[&quot;Who is at home with you\?&quot;\]"/);
  await questions.getByText('Question 1 in other languages (optional)').click();
  await questions.getByLabel('In Spanish (Español)').first().fill('¿Quién vive contigo?');
  await expect(script).toHaveValue(
    /data-questions="\[\{&quot;en&quot;:&quot;Who is at home with you\?&quot;,&quot;es&quot;:&quot;¿Quién vive contigo\?&quot;\}\]"/,
  );
  await settled(page);
  await expect(preview.getByRole('note')).toHaveCount(0);
  await a11y(page, 'configurator with areas and questions');
});

// The configurator served from wherever the folder is: here another origin, in a folder of its
// own, as on a free static host or a counsellor's site (START-HERE.html, ways A, C and D).
test.describe('served from another origin, in a folder of its own', () => {
  const port = Number(process.env.E2E_PORT || 4178) + 7;
  const elsewhere = `http://127.0.0.1:${port}`;
  test.use({ baseURL: elsewhere });
  let server;
  let work;

  test.beforeAll(async () => {
    const { spawn } = await import('node:child_process');
    const { cpSync, mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    work = mkdtempSync(join(tmpdir(), 'missing-pieces-configure-'));
    cpSync('dist', join(work, 'checkin'), { recursive: true });
    server = spawn('node', ['scripts/static-server.mjs', '--dir', work, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
    await new Promise((done) => server.stdout.once('data', done));
  });
  test.afterAll(async () => {
    server?.kill();
    const { rmSync } = await import('node:fs');
    if (work) rmSync(work, { recursive: true, force: true });
  });

  test('should write code that points at its own folder there, and say which code fits which website', async ({ page }) => {
    await open(page, '/checkin/configure.html');
    await page.getByLabel('Practice name').fill('Harbour Counselling');
    const script = page.getByLabel('Code for a script tag');
    const escaped = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    // The script-tag code with the files at `base`; the element holds the message for a page
    // where no script of the check-in can run.
    const codeFor = (base) => new RegExp(`^${escaped(`<link rel="stylesheet" href="${base}embed.css">\n<div data-missing-pieces\n     data-practice-name="Harbour Counselling">\n  <div data-missing-pieces-fallback="" hidden="">`)}.*The check-in could not open here.*${escaped(`</div>\n</div>\n<script type="module" src="${base}embed.js"></script>`)}$`, 's');
    await expect(script).toHaveValue(codeFor(`${elsewhere}/checkin/`));
    await expect(page.getByLabel('Code for an iframe')).toHaveValue(new RegExp(`src="${elsewhere}/checkin/"`));
    await expect(page.getByLabel('Code for an iframe')).toHaveValue(new RegExp(`<script src="${elsewhere}/checkin/frame\\.js"></script>$`));
    await expect(page.getByRole('link', { name: 'open your check-in with notes for you' })).toHaveAttribute('href', `${elsewhere}/checkin/?preview`);

    // Which code fits which website, with the address of the check-in's own page for a link.
    const routes = page.getByRole('table', { name: 'Which code fits your website' });
    await expect(routes.getByRole('row', { name: /Your own website, where you uploaded this folder/ })).toContainText('The script tag (way A)');
    await expect(routes.getByRole('row', { name: /WordPress where you can add plugins/ })).toContainText('WordPress plugin');
    await expect(routes.getByRole('row', { name: /Squarespace .* Wix/ })).toContainText('The iframe, with your settings file (way C)');
    await expect(routes.getByRole('row', { name: /only links or buttons/ })).toContainText(`${elsewhere}/checkin/`);

    // The npm CDN, for the script tag only, with this release's version in both addresses.
    const version = readFileSync('Cargo.toml', 'utf8').match(/^version\s*=\s*"([^"]+)"/m)[1];
    const where = page.getByRole('group', { name: 'Where the code loads the check-in from' });
    await expect(where.getByRole('radio', { name: `This folder: ${elsewhere}/checkin/` })).toBeChecked();
    await where.getByRole('radio', { name: 'The npm CDN (jsDelivr)' }).check();
    await expect(where).toContainText(`lists version ${version}`);
    const cdn = `https://cdn.jsdelivr.net/npm/missing-pieces@${version}/`;
    await expect(script).toHaveValue(codeFor(cdn));
    // A CDN shows pages as text: the iframe stays with this folder.
    await expect(page.getByLabel('Code for an iframe')).toHaveValue(new RegExp(`src="${elsewhere}/checkin/"`));
    await where.getByRole('radio', { name: /This folder/ }).check();
    await expect(script).toHaveValue(new RegExp(`src="${elsewhere}/checkin/embed\\.js"`));
    await a11y(page, 'configurator from another origin');
    await page.locator('#routes').scrollIntoViewIfNeeded();
    await screenshots(page, 'configure-routes');
  });
});
