// The WordPress plugin in a real WordPress (started by scripts/wordpress-test.sh): installed from
// its zip through the admin, set up on its settings page, placed on a page with the shortcode and
// the block, used by a visitor, and deleted again.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { content, stepsAsking, toResults } from '../content.js';
import { openShadowRoots } from '../fixtures.js';

const WP_URL = process.env.WP_URL;
const ADMIN = { user: 'counsellor', password: 'Riverside-check-in-2026!' };

test.describe.configure({ mode: 'serial' });
test.skip(!WP_URL, 'needs the WordPress that scripts/wordpress-test.sh starts');

/** One admin tab for the whole file: the steps build on each other, as they would for a counsellor. */
let admin;
/** The published page with the check-in. */
let pageUrl;

/** The WordPress release under test, such as "6.1.9". */
const WP_VERSION = process.env.WP_ROOT
  ? readFileSync(join(process.env.WP_ROOT, 'wp-includes/version.php'), 'utf8').match(/\$wp_version = '([^']+)'/)[1]
  : '';
/** Whether this WordPress has script modules (6.5 and later). */
const HAS_SCRIPT_MODULES = WP_VERSION.localeCompare('6.5', undefined, { numeric: true }) >= 0;

/**
 * Another plugin's inline script just before the check-in's script (as translations are
 * printed): it must stay a plain script, and the check-in's own tag must still be the module.
 */
function addInlineScriptBefore() {
  const dir = join(process.env.WP_ROOT, 'wp-content/mu-plugins');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'inline-before.php'), `<?php
add_action( 'wp_enqueue_scripts', function () {
	wp_add_inline_script( 'missing-pieces-embed', 'window.anotherPluginRan = true;', 'before' );
} );
`);
}

/** The plugin's option as stored in WordPress's database ('' when there is none). */
function storedOption() {
  if (process.env.WP_SQLITE) {
    // WordPress Playground's SQLite database.
    return execFileSync('sqlite3', [process.env.WP_SQLITE,
      "SELECT option_value FROM wp_options WHERE option_name = 'missing_pieces_settings'"], { encoding: 'utf8' }).trim();
  }
  return execFileSync('mariadb', [
    '--no-defaults', `--socket=${process.env.WP_DB_SOCKET}`, '-u', 'root', '-N', '-B', '-e',
    "SELECT option_value FROM wordpress.wp_options WHERE option_name = 'missing_pieces_settings'",
  ], { encoding: 'utf8' }).trim();
}

/**
 * Collects requests beyond this WordPress and errors in the console. In the admin, WordPress's
 * own toolbar shows the user's Gravatar picture (from gravatar.com): not the plugin's doing, so
 * `{ admin: true }` leaves that one out.
 */
function watch(page, { admin = false } = {}) {
  const outside = [];
  const errors = [];
  page.on('request', (request) => {
    const url = request.url();
    if (admin && /^https?:\/\/\d\.gravatar\.com\/avatar\//.test(url)) return;
    // The block editor's own welcome guide shows WordPress.org's pictures.
    if (admin && url.startsWith('https://s.w.org/images/block-editor/')) return;
    if (!url.startsWith(WP_URL) && !url.startsWith('data:') && !url.startsWith('blob:')) outside.push(url);
  });
  page.on('console', (message) => {
    // The picture that did not load (the test machine has no network) logs this.
    if (admin && message.text() === 'Failed to load resource: net::ERR_NAME_NOT_RESOLVED') return;
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  return { outside, errors };
}

/** A visitor's (or another user's) browser, in which the tests can see inside the widget's closed Shadow DOM. */
async function newContext(browser) {
  const context = await browser.newContext();
  await context.addInitScript(openShadowRoots);
  return context;
}

test.beforeAll(async ({ browser }) => {
  admin = await (await newContext(browser)).newPage();
});

test.afterAll(async () => {
  await admin?.close();
});

test('should install the plugin from its zip through the WordPress admin', async () => {
  const zip = process.env.WP_PLUGIN_ZIP;
  await admin.goto('/wp-admin/install.php');
  await admin.locator('#weblog_title').fill('Riverside Counselling');
  await admin.locator('#user_login').fill(ADMIN.user);
  await admin.locator('#pass1').fill(ADMIN.password);
  await admin.locator('#admin_email').fill('hello@riverside.example');
  await admin.getByRole('button', { name: 'Install WordPress' }).click();
  await expect(admin.getByRole('heading', { name: 'Success!' })).toBeVisible();

  await admin.goto('/wp-login.php');
  await admin.locator('#user_login').fill(ADMIN.user);
  await admin.locator('#user_pass').fill(ADMIN.password);
  await admin.locator('#wp-submit').click();
  await expect(admin.locator('#wpadminbar')).toBeAttached();

  await admin.goto('/wp-admin/plugin-install.php?tab=upload');
  await admin.locator('#pluginzip').setInputFiles(zip);
  await admin.locator('#install-plugin-submit').click();
  await expect(admin.getByText('Plugin installed successfully.')).toBeVisible();
  await admin.getByRole('link', { name: 'Activate Plugin' }).click();
  await expect(admin.getByText('Plugin activated.')).toBeVisible();
  await expect(admin.locator('tr[data-plugin="missing-pieces/missing-pieces.php"]')).toContainText('Missing Pieces check-in');
});

test('should check the settings with the widget\'s rules and preview the check-in', async () => {
  const { outside, errors } = watch(admin, { admin: true });
  // From the plugin's row on the Plugins screen, as a counsellor would find it.
  await admin.goto('/wp-admin/plugins.php');
  await admin.locator('tr[data-plugin="missing-pieces/missing-pieces.php"]').getByRole('link', { name: 'Settings' }).click();
  await expect(admin.getByRole('heading', { name: 'Missing Pieces check-in', level: 1 })).toBeVisible();
  const preview = admin.locator('.missing-pieces-preview');
  await expect(preview.getByRole('button', { name: 'Start the check-in' })).toBeVisible();
  await admin.getByLabel('Practice name').fill('Riverside Counselling');
  await admin.getByLabel('Email address').fill('hello@riverside.example');
  await admin.getByLabel('Accent colour').fill('teal');
  // The preview follows the form before anything is saved, with the widget's own note.
  await expect(preview.getByText('Riverside Counselling', { exact: true })).toBeVisible();
  await expect(preview.getByRole('note')).toContainText('accent: "teal" is not a colour');
  await admin.locator('#missing-pieces-help-1-name').fill('Riverside Crisis Line');
  await admin.locator('#missing-pieces-help-1-phone').fill('+44 20 7946 0000');
  await admin.locator('#missing-pieces-help-1-hours').fill('24 hours, every day');
  await admin.locator('#missing-pieces-help-2-name').fill('Nobody to reach');
  await admin.getByRole('button', { name: 'Save Changes' }).click();

  // What breaks the widget's rules is refused, and the page says why; the rest is saved.
  await expect(admin.getByText('Colour names such as “teal” do not work. This setting was not changed.')).toBeVisible();
  await expect(admin.getByText('Contact 2 needs a phone number, a text message line or a website')).toBeVisible();
  await expect(admin.getByLabel('Accent colour')).toHaveValue('');
  await expect(admin.getByLabel('Practice name')).toHaveValue('Riverside Counselling');

  await admin.getByLabel('Accent colour').fill('#7a3b69');
  await admin.locator('#missing-pieces-help-2-name').fill('');
  await admin.getByRole('button', { name: 'Save Changes' }).click();
  await expect(admin.getByText('Settings saved.')).toBeVisible();
  const stored = storedOption();
  expect(stored).toContain('Riverside Crisis Line');
  expect(stored).toContain('#7a3b69');

  // The preview is the widget itself, with the saved settings and no note for the site owner.
  await expect(preview.getByText('Riverside Counselling', { exact: true })).toBeVisible();
  await expect(preview.getByRole('button', { name: 'Start the check-in' })).toHaveCSS('background-color', 'rgb(122, 59, 105)');
  await expect(preview.getByRole('note')).toHaveCount(0);
  for (const [label, width] of [['390', 390], ['1280', 1280]]) {
    await admin.setViewportSize({ width, height: 900 });
    await admin.screenshot({ path: `e2e/artifacts/screens/wordpress-settings-${label}.png`, fullPage: true });
  }
  await admin.setViewportSize({ width: 1280, height: 720 });
  expect(outside, 'requests beyond this WordPress').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
});

test('should keep a saved urgent help contact when an edit to it has a typo, and say which and why', async () => {
  await admin.goto('/wp-admin/options-general.php?page=missing-pieces');
  await admin.locator('#missing-pieces-help-2-name').fill('Harbour Text Line');
  await admin.locator('#missing-pieces-help-2-url').fill('https://harbour.example/help');
  await admin.getByRole('button', { name: 'Save Changes' }).click();
  await expect(admin.getByText('Settings saved.')).toBeVisible();

  // A letter O for a zero in the first, the https:// left off the second, and a new third one
  // with a typo of its own.
  await admin.locator('#missing-pieces-help-1-phone').fill('+44 20 7946 OOOO');
  await admin.locator('#missing-pieces-help-2-url').fill('harbour.example/help');
  await admin.locator('#missing-pieces-help-3-name').fill('Night Owl Line');
  await admin.locator('#missing-pieces-help-3-phone').fill('call us');
  await admin.getByRole('button', { name: 'Save Changes' }).click();

  const notices = admin.locator('.notice, .error, .updated');
  await expect(notices.filter({ hasText: 'Urgent help contact 1 (Riverside Crisis Line): Contact 1’s phone number should have 3 to 20 digits' }))
    .toContainText('the check-in still shows this contact as it was before');
  await expect(notices.filter({ hasText: 'Urgent help contact 2 (Harbour Text Line): Contact 2’s website must be the full address, starting with https://' }))
    .toContainText('the check-in still shows this contact as it was before');
  await expect(notices.filter({ hasText: 'Contact 3’s phone number should have 3 to 20 digits' })).toContainText('It was not saved.');
  // Both saved contacts are still there, in their places, as they were.
  await expect(admin.locator('#missing-pieces-help-1-name')).toHaveValue('Riverside Crisis Line');
  await expect(admin.locator('#missing-pieces-help-1-phone')).toHaveValue('+44 20 7946 0000');
  await expect(admin.locator('#missing-pieces-help-2-name')).toHaveValue('Harbour Text Line');
  await expect(admin.locator('#missing-pieces-help-2-url')).toHaveValue('https://harbour.example/help');
  await expect(admin.locator('#missing-pieces-help-3-name')).toHaveValue('');
  const stored = storedOption();
  expect(stored).toContain('+44 20 7946 0000');
  expect(stored.indexOf('Riverside Crisis Line')).toBeLessThan(stored.indexOf('Harbour Text Line'));
  expect(stored).not.toContain('Night Owl');
  expect(stored).not.toContain('OOOO');
});

test('should publish a page with the shortcode and the block', async () => {
  const { outside, errors } = watch(admin, { admin: true });
  await admin.goto('/wp-admin/post-new.php?post_type=page');
  await admin.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId?.());
  // The block editor knows the plugin's block (its plain-JavaScript editor script loaded).
  expect(await admin.evaluate(() => window.wp.blocks.getBlockType('missing-pieces/check-in')?.title))
    .toBe('Missing Pieces check-in');
  pageUrl = await admin.evaluate(async () => {
    const { blocks, data } = window.wp;
    data.dispatch('core/editor').editPost({ title: 'Before your first session', status: 'publish' });
    data.dispatch('core/editor').resetEditorBlocks([
      blocks.createBlock('core/paragraph', { content: 'Before we meet, you may like to try this short check-in.' }),
      blocks.createBlock('core/shortcode', { text: '[missing_pieces]' }),
      blocks.createBlock('missing-pieces/check-in', { widgetId: 'Second' }),
    ]);
    await data.dispatch('core/editor').savePost();
    return data.select('core/editor').getCurrentPost().link;
  });
  expect(pageUrl).toContain(WP_URL);

  // The block (apiVersion 3) shows the check-in's first screen with the saved settings, drawn by
  // the widget in a frame of its own, in the editor's canvas (itself a frame from WordPress 6.3
  // on, when every block on the page is apiVersion 3).
  expect(await admin.evaluate(() => window.wp.blocks.getBlockType('missing-pieces/check-in').apiVersion)).toBe(3);
  const canvas = await admin.locator('iframe[name="editor-canvas"]').count() > 0 ? admin.frameLocator('iframe[name="editor-canvas"]') : admin;
  const preview = canvas.frameLocator('iframe.missing-pieces-block-preview');
  await expect(preview.getByText('Riverside Counselling', { exact: true })).toBeVisible();
  await expect(preview.getByText('Start the check-in', { exact: true })).toBeVisible();
  await expect(canvas.locator('iframe.missing-pieces-block-preview')).toHaveAttribute('inert', '');
  // WordPress's welcome guide, on a first visit to the editor, covers the canvas.
  const guide = admin.getByRole('dialog', { name: /Welcome to the block editor/ });
  if (await guide.isVisible()) {
    await admin.keyboard.press('Escape');
    await expect(guide).toBeHidden();
  }
  await canvas.locator('iframe.missing-pieces-block-preview').scrollIntoViewIfNeeded();
  await admin.screenshot({ path: 'e2e/artifacts/screens/wordpress-editor-block-1280.png' });
  expect(outside, 'requests beyond this WordPress').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
});

test('should let a visitor complete the check-in on the published page, with nothing sent anywhere', async ({ browser }) => {
  const context = await newContext(browser);
  const page = await context.newPage();

  // A page without the check-in does not load its script. (WordPress's sample post shows its
  // sample comment's Gravatar picture, so requests are watched from the next page on.)
  await page.goto('/?p=1');
  await expect(page.getByRole('heading', { name: 'Hello world!', exact: true })).toBeVisible();
  await expect(page.locator('script[src*="missing-pieces"]')).toHaveCount(0);

  const { outside, errors } = watch(page);
  addInlineScriptBefore();
  await page.goto(pageUrl);
  // WordPress's own module loading on 6.5 and later; the plugin's tag before that.
  await expect(page.locator('script[src*="/widget/embed.js"]')).toHaveCount(1);
  await expect(page.locator('script[src*="/widget/embed.js"]')).toHaveAttribute('type', 'module');
  await expect(page.locator(HAS_SCRIPT_MODULES ? 'script#missing-pieces-embed-js-module' : 'script#missing-pieces-embed-js')).toHaveCount(1);
  if (!HAS_SCRIPT_MODULES) {
    const before = page.locator('script#missing-pieces-embed-js-before');
    await expect(before).toHaveCount(1);
    expect(await before.getAttribute('type')).toBeNull();
    expect(await page.evaluate(() => window.anotherPluginRan)).toBe(true);
  }
  // The stylesheet that keeps the widget's place, enqueued in the page's <head>, once.
  await expect(page.locator('head link#missing-pieces-embed-css[rel="stylesheet"]')).toHaveAttribute('href', /\/widget\/embed\.css\?ver=/);
  await expect(page.locator('link[href*="/widget/embed.css"]')).toHaveCount(1);
  const widgets = page.locator('[data-missing-pieces]');
  await expect(widgets).toHaveCount(2);
  const first = widgets.first();
  await expect(first.getByText('Riverside Counselling', { exact: true }).filter({ visible: true })).toBeVisible();
  await expect(first.getByRole('button', { name: 'Start the check-in' })).toHaveCSS('background-color', 'rgb(122, 59, 105)');
  await first.getByRole('button', { name: 'Need help now?' }).click();
  await expect(first.getByRole('link', { name: 'Call +44 20 7946 0000' })).toHaveAttribute('href', 'tel:+442079460000');
  await first.getByRole('button', { name: 'Close' }).click();

  await toResults(first);
  await expect(first.getByRole('heading', { name: 'Where you might start' })).toBeVisible();
  await expect(first.getByRole('link', { name: 'hello@riverside.example' })).toBeVisible();
  // The block's check-in is a widget of its own, still at its start, with its id as written
  // (as the widget keeps it: its saved progress goes under that exact name).
  await expect(widgets.nth(1)).toHaveAttribute('data-widget-id', 'Second');
  await expect(widgets.nth(1).getByRole('button', { name: 'Start the check-in' })).toBeVisible();
  for (const [label, width] of [['390', 390], ['1280', 1280]]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `e2e/artifacts/screens/wordpress-page-results-${label}.png`, fullPage: true });
  }

  expect(outside, 'requests beyond this WordPress').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
  expect(await context.cookies(), 'cookies').toEqual([]);
  await context.close();
});

// Where the check-in cannot start on the published page (the shortcode's and the block's place),
// each place says so, with the contacts from the site's settings: never a blank box.
const CANNOT_START = {
  'the .wasm is blocked': (page) => page.route(/missing-pieces_bg\.wasm/, (route) => route.abort('blockedbyclient')),
  'the .wasm is of another release': (page) =>
    page.route(/missing-pieces_bg\.wasm/, (route) =>
      route.fulfill({ contentType: 'application/wasm', body: Buffer.from('0061736d01000000010401600000021201037762670a5f5f7762675f676f6e650000', 'hex') })),
  'a security plugin sends a policy without \'wasm-unsafe-eval\'': (page) =>
    page.route((url) => url.href === pageUrl, async (route) => {
      const response = await route.fetch();
      const headers = { ...response.headers(), 'content-security-policy': "script-src 'self' 'unsafe-inline'" };
      await route.fulfill({ response, headers });
    }),
};
/**
 * Each of the published page's two check-in places (the shortcode's and the block's) says the
 * check-in could not open, with the site's contacts and urgent help; returns the two places.
 */
async function couldNotOpen(page) {
  const widgets = page.locator('[data-missing-pieces]');
  await expect(widgets).toHaveCount(2);
  const places = [widgets.first(), widgets.nth(1)];
  for (const place of places) {
    await expect(place.getByRole('heading', { name: 'The check-in could not open here' })).toBeVisible();
    await expect(place.getByRole('heading', { name: 'Need help now?' })).toBeVisible();
    for (const contact of ['Riverside Counselling', 'hello@riverside.example', 'Riverside Crisis Line', '+44 20 7946 0000']) {
      await expect(place).toContainText(contact);
    }
  }
  return places;
}

for (const [how, set] of Object.entries(CANNOT_START)) {
  test(`should say the check-in could not open, with the site's contacts, when ${how}`, async ({ browser }) => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await set(page);
    await page.goto(pageUrl);
    for (const place of await couldNotOpen(page)) {
      expect(await place.innerText()).not.toMatch(/wasm|WebAssembly|policy|error|console|script/i);
    }
    await context.close();
  });
}

test('should show the site\'s contacts and urgent help where the visitor\'s browser runs no script', async ({ browser }) => {
  // Scripts turned off (as in a browser's safest privacy setting): the page's own copy of the
  // check-in's message, shown at once (embed.css), with the saved settings as text.
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(pageUrl);
  for (const place of await couldNotOpen(page)) {
    await expect(place.getByRole('link', { name: 'hello@riverside.example' })).toHaveAttribute('href', 'mailto:hello@riverside.example');
    await expect(place.getByRole('link', { name: 'Call +44 20 7946 0000' })).toHaveAttribute('href', 'tel:+442079460000');
    await expect(place).toContainText('In Europe, call 112.');
  }
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: 'e2e/artifacts/screens/wordpress-no-script-390.png', fullPage: true });
  await context.close();
});

test('should check the site as a visitor\'s browser would and say plainly what stops the check-in', async () => {
  const { outside, errors } = watch(admin, { admin: true });
  await admin.goto('/wp-admin/options-general.php?page=missing-pieces');
  const panel = admin.getByRole('region', { name: 'Check my site' });
  const summary = panel.getByRole('status');
  const results = panel.getByRole('listitem');
  const run = async () => {
    // Disabled until the settings page's script has run; click() waits for it.
    await panel.getByRole('button', { name: 'Check my site' }).click();
    await expect(panel.getByRole('button', { name: 'Check my site' })).toBeEnabled();
    await expect(summary).not.toHaveText('Checking…');
  };

  // This test site: all well.
  await run();
  await expect(summary).toHaveText('All is well: visitors’ browsers can load and start the check-in.');
  await expect(results.filter({ hasText: 'The check-in’s files all load.' })).toHaveCount(1);
  await expect(results.filter({ hasText: 'The .wasm file is sent with the right type (application/wasm).' })).toHaveCount(1);
  await expect(results.filter({ hasText: 'The page “Before your first session” has the check-in and your settings' })).toHaveCount(1);
  await expect(results.filter({ hasText: 'Your pages set no security rule (Content-Security-Policy) that stops the check-in' })).toHaveCount(1);
  for (const [label, width] of [['390', 390], ['1280', 1280]]) {
    await admin.setViewportSize({ width, height: 900 });
    await panel.screenshot({ path: `e2e/artifacts/screens/wordpress-check-my-site-${label}.png` });
  }
  await admin.setViewportSize({ width: 1280, height: 720 });

  // A server that sends the .wasm file as many shared hosts do.
  await admin.route('**/widget/missing-pieces_bg.wasm*', async (route) => {
    const response = await route.fetch();
    await route.fulfill({ response, headers: { ...response.headers(), 'content-type': 'application/octet-stream' } });
  });
  await run();
  await expect(summary).toHaveText('Something stops the check-in on your site. What to do is below.');
  await expect(results.filter({ hasText: 'sends the check-in’s .wasm file as “application/octet-stream” instead of “application/wasm”' })).toHaveCount(1);
  await expect(panel.locator('code', { hasText: 'AddType application/wasm .wasm' })).toBeVisible();
  await admin.unrouteAll();

  // A security plugin's rule without 'wasm-unsafe-eval' on the page with the check-in; then with it.
  for (const [policy, blocked] of [["default-src 'self'; script-src 'self'", true], ["default-src 'self'; script-src 'self' 'wasm-unsafe-eval'", false]]) {
    await admin.route((url) => url.href === pageUrl, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
    await run();
    const said = results.filter({ hasText: blocked ? 'does not allow \'wasm-unsafe-eval\', so the check-in cannot start there' : 'The security rule on your pages (Content-Security-Policy) lets the check-in start' });
    await expect(said).toHaveCount(1);
    await expect(summary).toHaveText(blocked ? 'Something stops the check-in on your site. What to do is below.' : 'All is well: visitors’ browsers can load and start the check-in.');
    await admin.unrouteAll();
  }

  // A file of the check-in missing from the server.
  const file = join(process.env.WP_ROOT, 'wp-content/plugins/missing-pieces/widget/first-screens.js');
  renameSync(file, `${file}.away`);
  try {
    await run();
    // (WordPress Playground's server, which lists its files at the start, answers with an error
    // rather than 404.)
    const answered = process.env.WP_SQLITE ? '' : ' 404 Not Found';
    await expect(results.filter({ hasText: `The file first-screens.js could not be loaded (the server answered:${answered}` })).toHaveCount(1);
    await expect(results.filter({ hasText: 'Upload the plugin again' })).toHaveCount(1);
    await expect(summary).toHaveText('Something stops the check-in on your site. What to do is below.');
  } finally {
    renameSync(`${file}.away`, file);
  }
  expect(outside, 'requests beyond this WordPress').toEqual([]);
  // The missing file's answer is the only error the browser logs.
  expect(errors.filter((e) => !/^Failed to load resource: /.test(e)), 'console errors').toEqual([]);
});

test('should ask only the areas the counsellor ticks, and their own question', async ({ browser }) => {
  await admin.goto('/wp-admin/options-general.php?page=missing-pieces');
  const areas = admin.getByRole('group', { name: 'Areas the check-in asks about' });
  for (const name of ['Noticing the here and now', 'Letting good things in', 'Being kind to themselves', /^Ways to cope/]) {
    await areas.getByRole('checkbox', { name }).uncheck();
  }
  await admin.getByRole('button', { name: 'Save Changes' }).click();
  await expect(admin.getByText('Tick at least three areas (2 ticked): a shorter check-in still needs three. This setting was not changed.')).toBeVisible();

  // Refused, so the boxes show what is saved (every area) again.
  await expect(areas.getByRole('checkbox', { checked: true })).toHaveCount(content.areas.length);
  for (const name of ['Noticing the here and now', 'Letting good things in', /^Ways to cope/]) {
    await areas.getByRole('checkbox', { name }).uncheck();
  }
  await admin.getByLabel('Your question 1').fill('Who is at home with you? <b>Anyone</b>');
  await admin.getByText('Question 1 in other languages (optional)').click();
  await admin.getByLabel('In Spanish (Español)').first().fill('¿Quién vive contigo?');
  await admin.getByRole('button', { name: 'Save Changes' }).click();
  await expect(admin.getByText('Settings saved.')).toBeVisible();
  await expect(areas.getByRole('checkbox', { checked: true })).toHaveCount(3);
  const asked = ['hope', 'relational_support', 'self_compassion'];
  // The areas ticked, and the questions every check-in asks from the areas left out.
  const steps = stepsAsking(asked);
  const count = steps.reduce((n, step) => n + step.items.length, 0);
  const preview = admin.locator('.missing-pieces-preview');
  await expect(preview.getByText(`There are ${count} short questions.`, { exact: false })).toBeVisible();

  const context = await newContext(browser);
  const page = await context.newPage();
  const { outside, errors } = watch(page);
  await page.goto(pageUrl);
  const first = page.locator('[data-missing-pieces]').first();
  await first.getByRole('button', { name: 'Start the check-in' }).click();
  // Past the areas asked, to the reflections.
  for (let n = 0; n < steps.length; n += 1) await first.getByRole('button', { name: 'Next', exact: true }).click();
  // Sanitised on save as any text setting is, then shown as text.
  await expect(first.getByRole('textbox', { name: 'Who is at home with you? Anyone' })).toBeVisible();
  // Written in Spanish too: asked in Spanish in the Spanish check-in.
  await first.getByRole('button', { name: 'Español' }).click();
  await expect(first.getByRole('textbox', { name: '¿Quién vive contigo?' })).toBeVisible();
  expect(outside, 'requests beyond this WordPress').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
  await context.close();
});

test('should show an author\'s hand-written check-in with the administrator\'s settings, never its own', async ({ browser }) => {
  // The settings page says who can place the check-in.
  await admin.goto('/wp-admin/options-general.php?page=missing-pieces');
  await expect(admin.locator('#missing-pieces-roles')).toContainText('only administrators can change');

  // An author: may write and publish posts, may not change the plugin's settings.
  const author = { user: 'guest-writer', password: 'Guest-writer-2026!' };
  await admin.goto('/wp-admin/user-new.php');
  await admin.locator('#user_login').fill(author.user);
  await admin.locator('#email').fill('writer@riverside.example');
  await admin.locator('#pass1').fill(author.password);
  await admin.locator('#role').selectOption('author');
  await admin.locator('#send_user_notification').uncheck();
  await admin.locator('#createusersub').click();
  await expect(admin.getByText('New user created.')).toBeVisible();

  const writing = await newContext(browser);
  const writer = await writing.newPage();
  await writer.goto('/wp-login.php');
  await writer.locator('#user_login').fill(author.user);
  await writer.locator('#user_pass').fill(author.password);
  await writer.locator('#wp-submit').click();
  await expect(writer.locator('#wpadminbar')).toBeAttached();
  // Their own check-in, by hand: their own helpline, email and name on an element, and a
  // settings block of their own, with the plugin's shortcode so the widget loads.
  const crafted = '<div data-missing-pieces data-practice-name="Sunrise Wellbeing Practice"'
    + ' data-contact-email="listener@crafted.example"'
    + ' data-urgent-help=\'[{"name": "Quiet Harbour Helpline", "phone": "0900 555 0199"}]\'></div>'
    + '<script type="application/json" data-missing-pieces-settings>{"practice_name": "Sunrise Block"}</script>';
  await writer.goto('/wp-admin/post-new.php');
  await writer.waitForFunction(() => window.wp?.data?.select('core/editor')?.getCurrentPostId?.());
  const postUrl = await writer.evaluate(async (html) => {
    const { blocks, data } = window.wp;
    data.dispatch('core/editor').editPost({ title: 'A check-in of my own', status: 'publish' });
    data.dispatch('core/editor').resetEditorBlocks([
      blocks.createBlock('core/html', { content: html }),
      blocks.createBlock('core/shortcode', { text: '[missing_pieces]' }),
    ]);
    await data.dispatch('core/editor').savePost();
    return data.select('core/editor').getCurrentPost().link;
  }, crafted);
  await writing.close();

  const context = await newContext(browser);
  const page = await context.newPage();
  const { outside, errors } = watch(page);
  await page.goto(postUrl);
  const widgets = page.locator('[data-missing-pieces]');
  await expect(widgets).toHaveCount(2);
  // WordPress kept the author's data- attributes, and removed their script.
  await expect(widgets.first()).toHaveAttribute('data-contact-email', 'listener@crafted.example');
  await expect(page.locator('script[data-missing-pieces-settings]')).toHaveCount(1);
  for (const widget of [widgets.first(), widgets.nth(1)]) {
    await expect(widget.getByText('Riverside Counselling', { exact: true }).filter({ visible: true })).toBeVisible();
    await widget.getByRole('button', { name: 'Need help now?' }).click();
    await expect(widget.getByText('Riverside Crisis Line').filter({ visible: true })).toBeVisible();
    const shown = await widget.locator('.mp').evaluate((el) => `${el.innerText}\n${[...el.querySelectorAll('a[href]')].map((a) => a.href).join('\n')}`);
    for (const word of ['Sunrise', 'Quiet Harbour', '0900', 'crafted.example']) expect(shown).not.toContain(word);
    await expect(widget.getByRole('note')).toHaveCount(0);
  }
  expect(outside, 'requests beyond this WordPress').toEqual([]);
  expect(errors, 'console errors').toEqual([]);
  await context.close();
});

test('should remove its settings when the plugin is deleted', async () => {
  expect(storedOption()).not.toBe('');
  await admin.goto('/wp-admin/plugins.php');
  const row = admin.locator('tr[data-plugin="missing-pieces/missing-pieces.php"]');
  await row.getByRole('link', { name: /^Deactivate/ }).click();
  await expect(admin.getByText('Plugin deactivated.')).toBeVisible();
  // WordPress deletes through its script (which asks first) once the page has loaded; a click
  // before that opens its page for browsers without scripts.
  await admin.waitForLoadState('load');
  await admin.waitForFunction(() => Boolean(window.wp?.updates));
  admin.once('dialog', (dialog) => dialog.accept());
  await admin.locator('tr[data-plugin="missing-pieces/missing-pieces.php"]').getByRole('link', { name: /^Delete/ }).click();
  await expect(admin.getByText('Missing Pieces check-in was successfully deleted.')).toBeVisible();
  expect(storedOption()).toBe('');
});
