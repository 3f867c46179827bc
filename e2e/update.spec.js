// An update never mixes two releases in a returning visitor's browser. A server that lets
// browsers keep files for an hour (as many hosts do; the pages and the entry points counsellors
// paste are asked again on every visit) serves one release; a visitor comes twice, so their
// browser holds it; then the folder is replaced by another release at the same address, as a
// counsellor's upload or the WordPress plugin's "Replace current with uploaded" does, and the
// visitor comes back. Every file the page loads must then be the new release's, and it works.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect, live } from './fixtures.js';
import { nameReleases } from '../scripts/release-names.mjs';

// A port of its own, beside the other end-to-end tests' (+0) and the WordPress test's (+1000).
const PORT = Number(process.env.E2E_PORT || 4178) + 2000;
test.use({ baseURL: `http://127.0.0.1:${PORT}` });
test.describe.configure({ mode: 'serial' });

let server;
let work;
const releases = {};

/** Serves release `name` ('a' or 'b') at the same address from now on. */
function serve(name) {
  rmSync(join(work, 'site'), { force: true });
  symlinkSync(name, join(work, 'site'));
}

test.beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'missing-pieces-update-'));
  cpSync('dist', join(work, 'a'), { recursive: true });
  cpSync('dist', join(work, 'b'), { recursive: true });
  // Release B: every script, stylesheet and the WebAssembly differ from A's (the `.wasm` by a
  // custom section, which changes its bytes and nothing it does).
  for (const name of readdirSync(join(work, 'b'))) {
    const file = join(work, 'b', name);
    if (/\.(js|css)$/.test(name)) appendFileSync(file, '\n/* release b */\n');
    if (name.endsWith('.wasm')) appendFileSync(file, Buffer.from([0, 10, 9, ...Buffer.from('release-b')]));
  }
  // The page's integrity check of its stylesheet, as the build writes it for B's.
  const css = createHash('sha384').update(readFileSync(join(work, 'b', 'widget.css'))).digest('base64');
  const page = join(work, 'b', 'index.html');
  writeFileSync(page, readFileSync(page, 'utf8').replace(/integrity=("?)sha384-[\w+/=]+/, `integrity=$1sha384-${css}`));
  releases.a = nameReleases(join(work, 'a'));
  releases.b = nameReleases(join(work, 'b'));
  serve('a');
  server = spawn(
    'node',
    ['scripts/static-server.mjs', '--dir', join(work, 'site'), '--port', String(PORT), '--extra', 'e2e/hosts', '--cache', 'max-age=3600'],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise((resolve) => server.stdout.once('data', resolve));
});

test.afterAll(() => {
  server?.kill();
  rmSync(work, { recursive: true, force: true });
});

/** Every file of the widget's folder the page loaded, with the bytes that came over the network. */
async function loaded(page) {
  return page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name))
      .filter((url) => url.origin === location.origin && !url.pathname.startsWith('/host/'))
      .map((url) => url.pathname.slice(1) + url.search),
  );
}

async function transferred(page, pathname) {
  return page.evaluate((p) => performance.getEntriesByType('resource').find((e) => new URL(e.name).pathname === p)?.transferSize, pathname);
}

const wasmBytes = (page) => page.evaluate(async () => (await (await fetch('/missing-pieces_bg.wasm')).arrayBuffer()).byteLength);

for (const [where, path, start, scope] of [
  ['the script-tag embed', '/host/plain.html', 'Start the check-in', (page) => page],
  ['the standalone page', '/', 'Start the check-in', (page) => page],
]) {
  test(`${where}: should run the new release whole after an update, with the old one in the cache`, async ({ page }) => {
    expect(releases.a).not.toBe(releases.b);
    serve('a');
    const visit = async () => {
      await page.goto(path);
      const widget = scope(page);
      await widget.getByRole('button', { name: start }).click();
      await expect(widget.getByRole('radio').first()).toBeVisible();
      await live(widget);
    };
    await visit();
    const first = await loaded(page);
    expect(first.filter((f) => f.includes('_bg.wasm'))).toEqual([`missing-pieces_bg.wasm?v=${releases.a}`]);
    // The visitor comes back: the files come from the browser's cache.
    await visit();
    expect(await transferred(page, '/missing-pieces_bg.wasm'), 'the .wasm taken from the cache').toBe(0);
    const oldSize = await wasmBytes(page); // kept in the cache under its plain address too

    serve('b');
    await visit();
    const after = await loaded(page);
    const versioned = after.filter((f) => f.includes('?v='));
    expect(versioned.length).toBeGreaterThanOrEqual(4);
    for (const file of versioned) expect(file, 'a file of the new release').toMatch(new RegExp(`\\?v=${releases.b.replaceAll('.', '\\.')}$`));
    // Only the entry points and the counsellor's settings file go without a release, and they are
    // asked again on every visit.
    expect(after.filter((f) => !f.includes('?v=')).every((f) => /^(embed\.js|embed\.css|frame\.js|settings\.json)?$/.test(f)), after.join(' ')).toBe(true);
    expect(await transferred(page, '/missing-pieces_bg.wasm'), 'the .wasm from the network').toBeGreaterThan(0);
    // What would have mixed: the same address without the release still gives the old bytes.
    expect(await wasmBytes(page)).toBe(oldSize);
    expect(readFileSync(join(work, 'b', 'missing-pieces_bg.wasm')).length).toBe(oldSize + 12);
  });
}
