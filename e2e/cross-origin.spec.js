// The widget's files served from another origin than the page that shows it: from an npm CDN
// (jsDelivr, unpkg), which serves the published package with `Access-Control-Allow-Origin: *`,
// `.wasm` as application/wasm, `.js` as text/javascript, a year's cache and HTML pages as plain
// text; and from a free static host that takes the folder with its `_headers` file (Netlify,
// Cloudflare Pages), with the counsellor's settings.json, under a site builder's page (START-HERE's
// route C) or linked from it (route D). Each is a server of its own on 127.0.0.1; the files are
// those of the npm package as `npm pack` writes it. Then what a visitor sees when such a host sends
// no CORS header for the `.wasm`, or none at all, or when the `.wasm` never finishes arriving.
import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test as base, expect } from '@playwright/test';
import { checkA11y, openShadowRoots, live } from './fixtures.js';
import { toResults } from './content.js';
import { snippet } from './hosts/snippet.mjs';

const PORT = Number(process.env.E2E_PORT || 4178);
const VERSION = JSON.parse(execFileSync('node', ['-p', "JSON.stringify(require('./release/npm/package.json').version)"], { encoding: 'utf8' }));

/** Each server: its port beside the main tests' (+1 to +6), and how it serves. */
const SERVERS = {
  host: { port: PORT + 1, args: [] }, // the counsellor's pages (under /host/), on a site builder
  cdn: { port: PORT + 2, args: ['--cdn', 'on'] }, // an npm CDN, serving the package
  // A free static host, with the folder and its _headers; its pages may be framed by the builder's.
  site: { port: PORT + 3, args: ['--cors', 'all', '--frame-ancestors', `'self' http://127.0.0.1:${PORT + 1}`] },
  noCors: { port: PORT + 4, args: [] }, // a host that sends no CORS header at all
  scriptsOnly: { port: PORT + 5, args: ['--cors', '\\.(js|css)$'] }, // CORS for scripts, not the .wasm
  stalls: { port: PORT + 6, args: ['--cors', 'all', '--stall', '_bg\\.wasm$'] }, // the .wasm never finishes
};
const origin = (name) => `http://127.0.0.1:${SERVERS[name].port}`;

/** The counsellor's settings file on the static host (the configurator's Download settings.json). */
const SETTINGS = {
  practice_name: 'Harbour Counselling',
  contact: { email: 'hello@harbour.example' },
  urgent_help: [{ name: 'Harbour Night Line', phone: '+44 20 7946 0111', hours: '6 pm to 8 am' }],
};

/** A site builder's page with the script-tag code as the configurator writes it, with the files at `widget`. */
const scriptTagPage = (widget) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Riverside Counselling on a site builder</title>
    <link rel="icon" href="data:,">
  </head>
  <body>
    <main>
      <h1>Riverside Counselling</h1>
      ${snippet(widget)}
    </main>
  </body>
</html>
`;

/** The iframe code as the configurator writes it, with the folder on the static host. */
const iframePage = (site, host) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>Harbour Counselling on a site builder</title>
    <link rel="icon" href="data:,">
  </head>
  <body>
    <main>
      <h1>Harbour Counselling</h1>
      <p><a href="${site}/">Open the check-in on a page of its own</a></p>
      <iframe data-missing-pieces-frame title="Check-in before your first session"
              allow="clipboard-write" width="100%" height="700"
              src="${site}/?parent=${encodeURIComponent(host)}"></iframe>
      <script src="${site}/frame.js"></script>
    </main>
  </body>
</html>
`;

let work;
const servers = [];

base.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'missing-pieces-cross-origin-'));
  // The package as npm would publish it, unpacked as a CDN serves it.
  execFileSync('npm', ['pack', '--pack-destination', work], { cwd: 'release/npm', stdio: 'ignore' });
  const tarball = readdirSync(work).find((name) => name.endsWith('.tgz'));
  execFileSync('tar', ['-xzf', join(work, tarball), '-C', work]);
  const pkg = join(work, 'package');
  // The CDN's address names the package and its version, as jsDelivr's does.
  const cdnDir = join(work, 'cdn', 'npm', `missing-pieces@${VERSION}`);
  mkdirSync(join(work, 'cdn', 'npm'), { recursive: true });
  cpSync(pkg, cdnDir, { recursive: true });
  // A settings file on the CDN, which the counsellor does not control: the script-tag code never
  // reads it (its settings are on the counsellor's own page).
  writeFileSync(join(cdnDir, 'settings.json'), JSON.stringify({ practice_name: 'Someone Else', urgent_help: [{ name: 'Stranger Line', phone: '+1 555 0100' }] }));
  // The folder on the static host, with the counsellor's settings file in place of the empty one.
  const site = join(work, 'site');
  cpSync(pkg, site, { recursive: true });
  writeFileSync(join(site, 'settings.json'), JSON.stringify(SETTINGS));

  const pages = join(work, 'host');
  mkdirSync(pages);
  mkdirSync(join(work, 'empty'));
  writeFileSync(join(pages, 'cdn.html'), scriptTagPage(`${origin('cdn')}/npm/missing-pieces@${VERSION}/`));
  writeFileSync(join(pages, 'site.html'), scriptTagPage(`${origin('site')}/`));
  writeFileSync(join(pages, 'scripts-only.html'), scriptTagPage(`${origin('scriptsOnly')}/`));
  writeFileSync(join(pages, 'stalls.html'), scriptTagPage(`${origin('stalls')}/`));
  writeFileSync(join(pages, 'iframe.html'), iframePage(origin('site'), origin('host')));

  const dirs = { host: join(work, 'empty'), cdn: join(work, 'cdn'), site, noCors: pkg, scriptsOnly: pkg, stalls: pkg };
  for (const [name, { port, args }] of Object.entries(SERVERS)) {
    const extra = name === 'host' ? ['--extra', pages] : [];
    const server = spawn('node', ['scripts/static-server.mjs', '--dir', dirs[name], '--port', String(port), ...extra, ...args], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    servers.push(server);
    await new Promise((resolve) => server.stdout.once('data', resolve));
  }
});

base.afterAll(() => {
  for (const server of servers) server.kill();
  if (work) rmSync(work, { recursive: true, force: true });
});

const test = base.extend({
  page: async ({ page }, use) => {
    await page.addInitScript(openShadowRoots);
    const outside = [];
    const errors = [];
    const allowed = [];
    page.allowConsoleError = (pattern) => allowed.push(pattern);
    const ours = Object.keys(SERVERS).map(origin);
    page.on('request', (request) => {
      const url = request.url();
      if (!ours.some((o) => url.startsWith(`${o}/`)) && !url.startsWith('data:')) outside.push(url);
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await use(page);
    expect(outside, 'requests beyond the local servers').toEqual([]);
    expect(await page.context().cookies(), 'cookies').toEqual([]);
    expect(errors.filter((e) => !allowed.some((p) => p.test(e))), 'console errors').toEqual([]);
  },
});

test.describe.configure({ mode: 'serial' });

/**
 * A strict policy on the counsellor's page, as the README's "Content-Security-Policy" says: the
 * CDN's origin allowed for scripts, styles and the `.wasm`'s download.
 */
const cdnPolicy = () =>
  [
    "default-src 'none'",
    `script-src 'self' ${origin('cdn')} 'wasm-unsafe-eval'`,
    `style-src 'self' ${origin('cdn')}`,
    `connect-src 'self' ${origin('cdn')}`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');

test('an npm CDN: should start the check-in on another site\'s page and reach the results', async ({ page }) => {
  const files = [];
  page.on('response', (response) => {
    if (response.url().startsWith(origin('cdn'))) files.push(response);
  });
  await page.goto(`${origin('host')}/host/cdn.html?csp=${encodeURIComponent(cdnPolicy())}`);
  await expect(page.getByText('Riverside Counselling', { exact: true }).last()).toBeVisible();
  await page.getByRole('button', { name: 'Need help now?' }).click();
  await expect(page.getByRole('link', { name: 'Call +44 20 7946 0000' })).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await toResults(page);
  await expect(page.getByRole('heading', { name: 'Where you might start' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'hello@riverside.example' })).toHaveAttribute('href', 'mailto:hello@riverside.example');
  // Only the counsellor's page decides what it says: nothing from a settings file on the CDN.
  await expect(page.getByText('Someone Else')).toHaveCount(0);
  await expect(page.getByText('Stranger Line')).toHaveCount(0);

  // Every file came from the CDN as a CDN sends it.
  const served = new Map(files.map((r) => [new URL(r.url()).pathname.split('/').pop(), r.headers()]));
  for (const name of ['embed.css', 'embed.js', 'shadow-host.js', 'first-screens.js', 'cannot-start.js', 'missing-pieces.js', 'missing-pieces_bg.wasm', 'widget.css']) {
    expect(served.has(name), `${name} from the CDN`).toBe(true);
  }
  expect(served.has('settings.json'), 'the CDN\'s settings file is never asked for').toBe(false);
  expect(served.get('missing-pieces_bg.wasm')['content-type']).toBe('application/wasm');
  expect(served.get('embed.js')['content-type']).toMatch(/^text\/javascript/);
  expect(served.get('embed.js')['access-control-allow-origin']).toBe('*');
  expect(served.get('embed.js')['cache-control']).toContain('max-age=31536000');
  // No note for the site owner reaches the visitor.
  await expect(page.getByText('Note for the site owner')).toHaveCount(0);
  // axe-core adds a <style> of its own while it checks; the page's policy rightly blocks it.
  page.allowConsoleError(/^Applying inline style violates the following Content Security Policy/);
  await checkA11y(page, 'results from an npm CDN');
});

test('an npm CDN: should show its pages as text, so only the script-tag code is written for it', async ({ page }) => {
  // What the configurator and START-HERE say: the check-in's own page, the iframe and the
  // configurator do not run from a CDN.
  const response = await page.request.get(`${origin('cdn')}/npm/missing-pieces@${VERSION}/index.html`);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
});

test('a free static host: should show the check-in in a site builder\'s iframe with the counsellor\'s settings file', async ({ page }) => {
  await page.goto(`${origin('host')}/host/iframe.html`);
  const frame = page.frameLocator('iframe[data-missing-pieces-frame]');
  await expect(frame.getByText('Harbour Counselling', { exact: true }).first()).toBeVisible();
  await frame.getByRole('button', { name: 'Need help now?' }).click();
  await expect(frame.getByText('Harbour Night Line')).toBeVisible();
  await frame.getByRole('button', { name: 'Close' }).click();
  await toResults(frame);
  await expect(frame.getByRole('heading', { name: 'Where you might start' })).toBeVisible();
  await expect(frame.getByRole('link', { name: 'hello@harbour.example' })).toBeVisible();
  // The frame grows to fit (it told the builder's page its height), and shows no owner's note.
  await expect.poll(async () => (await page.locator('iframe[data-missing-pieces-frame]').boundingBox()).height).toBeGreaterThan(900);
  await expect(frame.getByText('Note for the site owner')).toHaveCount(0);
});

test('a free static host: should open the check-in\'s own page from a link, with the counsellor\'s settings file', async ({ page }) => {
  await page.goto(`${origin('host')}/host/iframe.html`);
  await page.getByRole('link', { name: 'Open the check-in on a page of its own' }).click();
  await expect(page).toHaveURL(`${origin('site')}/`);
  await expect(page.getByText('Harbour Counselling', { exact: true }).first()).toBeVisible();
  await page.getByRole('button', { name: 'Need help now?' }).click();
  await expect(page.getByText('Harbour Night Line')).toBeVisible();
  await page.getByRole('button', { name: 'Close' }).click();
  await toResults(page);
  await expect(page.getByRole('heading', { name: 'Where you might start' })).toBeVisible();
});

test('a free static host: the script-tag code should work there too, with the CORS header of its _headers file', async ({ page }) => {
  await page.goto(`${origin('host')}/host/site.html`);
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  await expect(page.getByRole('radio').first()).toBeVisible();
  await live(page);
});

/** What a visitor sees where the check-in could not open: the counsellor's contacts and urgent help. */
async function cannotOpen(page) {
  const place = page.locator('[data-missing-pieces]');
  await expect(page.getByRole('heading', { name: 'The check-in could not open here' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Need help now?' })).toBeVisible();
  for (const text of ['Riverside Counselling', 'hello@riverside.example', 'Riverside Crisis Line', 'Call +44 20 7946 0000', 'In Europe, call 112.']) {
    await expect(place).toContainText(text);
  }
  expect(await place.innerText()).not.toMatch(/wasm|WebAssembly|CORS|error|console|script/i);
  await checkA11y(page, 'a check-in that could not open');
}

test('a host that sends the CORS header for scripts but not the .wasm: should say it could not open, with contacts and urgent help', async ({ page }) => {
  page.allowConsoleError(/missing-pieces|CORS|Failed to fetch|Failed to load resource|net::ERR/);
  await page.goto(`${origin('host')}/host/scripts-only.html`);
  await cannotOpen(page);
});

test('a .wasm that never finishes arriving from the CDN: should say it could not open once the time limit has passed', async ({ page }) => {
  page.allowConsoleError(/missing-pieces|did not arrive/);
  // The page's own shortened limit (cannot-start.js, TIME_LIMIT_MS); never from its address.
  await page.addInitScript(() => {
    globalThis.missingPiecesTimeLimit = 3000;
  });
  await page.goto(`${origin('host')}/host/stalls.html`);
  await cannotOpen(page);
});

test('a host that sends no CORS header at all: the code the configurator wrote says the check-in could not open, with contacts and urgent help', async ({ page }) => {
  // The browser runs no module script from another site without the header, so no script of the
  // check-in runs at all (docs/safety.md, H35). The code the configurator writes holds the message
  // itself, which embed.css shows after a while where embed.js has not taken the place.
  // START-HERE tells counsellors on builders to use the iframe code (which needs no header) or a
  // host that sends it (jsDelivr and unpkg do, and Netlify and Cloudflare Pages with the folder's
  // _headers file).
  page.allowConsoleError(/CORS|Failed to load resource|net::ERR/);
  // The configurator, from the folder on that host, as the counsellor fills it in.
  await page.goto(`${origin('noCors')}/configure.html`);
  await page.getByLabel('Practice name').fill('Riverside Counselling');
  await page.getByLabel('Email address').fill('hello@riverside.example');
  const row = page.getByRole('group', { name: 'Urgent help contact 1' });
  await row.getByLabel('Name of the service (needed)').fill('Riverside <Crisis> Line');
  await row.getByLabel('Phone number').fill('+44 20 7946 0000');
  const script = page.getByLabel('Code for a script tag');
  await expect(script).toHaveValue(/Riverside &lt;Crisis&gt; Line/);
  const code = await script.inputValue();
  // The builder's page, on a server of its own (a page the test made up would not be on this
  // machine's network, and the browser would then refuse it the other local servers).
  writeFileSync(join(work, 'host', 'no-cors-configured.html'),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Riverside</title><link rel="icon" href="data:,"></head><body><main><h1>Riverside Counselling</h1>\n${code}\n<p>Our rooms are on the ground floor.</p></main></body></html>`);

  await page.setViewportSize({ width: 390, height: 844 });
  const blocked = page.waitForEvent('console', (message) => message.type() === 'error' && /CORS/.test(message.text()));
  await page.goto(`${origin('host')}/host/no-cors-configured.html`);
  await blocked;
  const place = page.locator('[data-missing-pieces]');
  expect(await place.getAttribute('data-missing-pieces-shown')).toBeNull();
  // Not at once: on a slow connection embed.js may still be on its way.
  await expect(page.getByRole('heading', { name: 'The check-in could not open here' })).toBeHidden();
  const below = await page.getByText('Our rooms are on the ground floor.').boundingBox();
  // After the wait (here ended at once): the message, in the place kept for the check-in.
  await page.evaluate(() => document.getAnimations().forEach((animation) => animation.finish()));
  await expect(page.getByRole('heading', { name: 'The check-in could not open here' })).toBeVisible();
  for (const text of ['Riverside Counselling', 'hello@riverside.example', 'Riverside <Crisis> Line', 'Call +44 20 7946 0000', 'In Europe, call 112.']) {
    await expect(place).toContainText(text);
  }
  await expect(place.getByRole('link', { name: 'Call +44 20 7946 0000' })).toHaveAttribute('href', 'tel:+442079460000');
  expect(await place.innerText()).not.toMatch(/wasm|WebAssembly|CORS|error|console|script/i);
  expect(await page.getByText('Our rooms are on the ground floor.').boundingBox(), 'the page moved').toEqual(below);
  await checkA11y(page, 'the configurator\'s code where no script of the check-in can run');
  await page.screenshot({ path: 'e2e/artifacts/screens/no-script-fallback-390.png', fullPage: true });
});
