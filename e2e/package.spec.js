// The release package (scripts/package.sh): what a counsellor downloads. Reads the zips written
// to release/ before the end-to-end tests run, and writes them again to check they are the same.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { screenshots } from './fixtures.js';
import { COPIED, COPIED_FROM, COUNSELLORS_FILES, ENTRY_POINTS, WIDGET_FILES as WIDGET } from '../scripts/files.mjs';
import { readZip } from '../scripts/zip.mjs';

const version = readFileSync('Cargo.toml', 'utf8').match(/^version\s*=\s*"([^"]+)"/m)[1];
const release = `release/missing-pieces-${version}.zip`;
const plugin = `release/missing-pieces-wordpress-${version}.zip`;

const names = (zip) => readZip(zip).map((e) => e.name);
const file = (zip, name) => readZip(zip).find((e) => e.name === name)?.data;

test('should hold the folder to upload, the configurator, a start page and the plugin', () => {
  const zip = readFileSync(release);
  const top = `missing-pieces-${version}/`;
  const inZip = names(zip);
  expect(inZip.every((n) => n.startsWith(top)), 'one folder named with the version').toBe(true);
  // Every file the build made, in the folder to upload, byte for byte; none of the build's own
  // working files (Trunk's .trunk-lock), and no source maps.
  for (const name of readdirSync('dist').filter((n) => !n.startsWith('.'))) {
    expect(file(zip, `${top}missing-pieces/${name}`)?.equals(readFileSync(join('dist', name))), name).toBe(true);
  }
  // No build working files or source maps (the source, in source/, is as git tracks it).
  const built = inZip.filter((n) => !n.startsWith(`${top}source/`));
  expect(built.filter((n) => n.split('/').some((part) => part.startsWith('.')) || n.endsWith('.map'))).toEqual([]);
  // For the hosts that read it (Netlify, Cloudflare Pages): the CORS header the script-tag code
  // needs on another site's page.
  expect(file(zip, `${top}missing-pieces/_headers`).toString('utf8')).toMatch(/^\/\*\n {2}Access-Control-Allow-Origin: \*$/m);
  for (const name of ['configure.html', 'configure.js', 'embed.js', 'frame.js', 'index.html', 'settings.json']) {
    expect(inZip).toContain(`${top}missing-pieces/${name}`);
  }
  expect(inZip).toContain(`${top}SETTINGS.md`);
  expect(file(zip, `${top}missing-pieces-wordpress-${version}.zip`)?.equals(readFileSync(plugin))).toBe(true);

  const start = file(zip, `${top}START-HERE.html`).toString('utf8');
  expect(start).toContain(`Missing Pieces check-in ${version}`);
  expect(start).toContain('[missing_pieces]');
  expect(start).toContain('configure.html');
  expect(start).toContain('urgent help contacts');
  expect(start).toContain('&lt;div data-missing-pieces');
  // Where the frame's settings go, that a link cannot change them, and what other scripts see.
  expect(start).toContain('Download settings.json');
  expect(start).toContain('Nobody can change what your check-in says with a link.');
  expect(start).toContain('Other scripts on your page');
  // The sample code is the configurator's: the embed.css line, the element, the script.
  const sample = start.match(/<pre>(&lt;link[^]*?)<\/pre>/)[1].replaceAll('&lt;', '<').replaceAll('&gt;', '>').split('\n');
  expect(sample[0]).toBe('<link rel="stylesheet" href="https://your-site.example/missing-pieces/embed.css">');
  expect(sample[1]).toBe('<div data-missing-pieces');
  expect(sample.at(-1)).toBe('<script type="module" src="https://your-site.example/missing-pieces/embed.js"></script>');
  // Plain and self-contained: opened from disk, it loads nothing and runs nothing.
  expect(start).not.toMatch(/<script|<link|<img|<iframe|@import|url\(/i);
  expect(start).not.toContain('{{');
});

test('should build from one list of which file goes where', () => {
  // scripts/files.mjs: what the build copies as it is (the files under web/) is what index.html's
  // copy-file links name.
  const copied = [...readFileSync('index.html', 'utf8').matchAll(/<link data-trunk rel="copy-file" href="([^"]+)">/g)].map((m) => m[1]);
  expect(copied.sort()).toEqual([...COPIED_FROM].sort());
  // The folder holds those, what trunk writes and what the build's own script writes; nothing else.
  const written = ['index.html', 'missing-pieces.js', 'missing-pieces_bg.wasm', 'widget.css', 'first-screens.js'];
  expect(readdirSync('dist').filter((n) => !n.startsWith('.')).sort()).toEqual([...COPIED, ...written].sort());
  // Each other list names only files of the folder.
  for (const name of [...WIDGET, ...ENTRY_POINTS, ...COUNSELLORS_FILES]) expect([...COPIED, ...written]).toContain(name);
});

test('should make a WordPress plugin zip with the widget\'s files inside', () => {
  const zip = readFileSync(plugin);
  const inZip = names(zip);
  expect(inZip.every((n) => n.startsWith('missing-pieces/'))).toBe(true);
  for (const name of ['missing-pieces.php', 'uninstall.php', 'readme.txt', 'block/block.json', 'block/index.js', 'includes/settings.php']) {
    expect(inZip).toContain(`missing-pieces/${name}`);
  }
  for (const name of WIDGET) {
    expect(file(zip, `missing-pieces/widget/${name}`)?.equals(readFileSync(join('dist', name))), name).toBe(true);
  }
  const main = file(zip, 'missing-pieces/missing-pieces.php').toString('utf8');
  expect(main).toMatch(new RegExp(`^ \\* Version:\\s+${version.replaceAll('.', '\\.')}$`, 'm'));
  expect(main).toContain('Text Domain:       missing-pieces');
  // Nothing in the plugin reaches another site.
  for (const { name, data } of readZip(zip).filter((e) => /\.(php|js)$/.test(e.name) && !e.name.includes('/widget/'))) {
    // (The settings page's "Check my site" fetches this site's own files and pages only.)
    expect(data.toString('utf8'), name).not.toMatch(/wp_remote_|curl_|file_get_contents\(\s*['"]https?:|fetch\(\s*['"`]https?:|XMLHttpRequest|sendBeacon/);
  }
});

test('should write the same bytes every time', () => {
  const runs = [0, 1].map(() => mkdtempSync(join(tmpdir(), 'missing-pieces-package-')));
  try {
    for (const out of runs) {
      execFileSync('node', ['scripts/package.mjs', '--dist', 'dist', '--out', out], {
        stdio: 'pipe',
        env: { ...process.env, SOURCE_DATE_EPOCH: '1767225600' },
      });
    }
    for (const name of [release, plugin].map((n) => n.replace('release/', ''))) {
      const [a, b] = runs.map((out) => readFileSync(join(out, name)));
      expect(a.equals(b), name).toBe(true);
      expect(names(a)).toEqual(names(readFileSync(`release/${name}`)));
    }
  } finally {
    for (const out of runs) rmSync(out, { recursive: true, force: true });
  }
});

test('should put in the plugin every file the embed and the settings page\'s preview load', () => {
  // Files embed.js, shadow-host.js and live-preview.js name: imports, the WebAssembly and the stylesheet.
  const loaded = new Set();
  for (const script of ['embed.js', 'shadow-host.js', 'live-preview.js']) {
    const source = readFileSync(join('dist', script), 'utf8');
    for (const [, name] of source.matchAll(/(?:from|import\(|new URL\()\s*'\.?\/?([\w.-]+\.(?:js|css|wasm))(?:\?v=[\w.-]+)?'/g)) loaded.add(name);
  }
  expect(loaded.size).toBeGreaterThan(2);
  for (const name of loaded) expect(WIDGET, `${name} is loaded by the embed`).toContain(name);
});

test('should name every file the pages load with its release, and keep the entry points', () => {
  // scripts/release-names.mjs: a new release is a new address for each file a page loads.
  const release = readFileSync('dist/embed.js', 'utf8').match(/\?v=([\w.-]+)'/)?.[1];
  expect(release).toMatch(new RegExp(`^${version.replaceAll('.', '\\.')}-[0-9a-f]{10}$`));
  const entryPoints = ENTRY_POINTS;
  // The counsellor's settings file keeps its name: they upload theirs in its place.
  const counsellors = COUNSELLORS_FILES;
  const others = readdirSync('dist').filter((n) => !n.startsWith('.') && !entryPoints.includes(n) && !counsellors.includes(n));
  for (const name of readdirSync('dist').filter((n) => /\.(html|js)$/.test(n))) {
    const text = readFileSync(join('dist', name), 'utf8');
    for (const other of others) {
      // Wherever a page or script names another file (in quotes or as an attribute), the release follows.
      const bare = new RegExp(`(?<![\\w.-])${other.replaceAll('.', '\\.')}(?=['"\\s>])`);
      expect(text, `${name} names ${other} without its release`).not.toMatch(bare);
    }
  }
  for (const [name, loads] of [['embed.js', ['missing-pieces.js', 'missing-pieces_bg.wasm', 'shadow-host.js', 'first-screens.js', 'cannot-start.js']], ['boot.js', ['missing-pieces.js', 'missing-pieces_bg.wasm', 'cannot-start.js', 'first-screens.js']], ['shadow-host.js', ['widget.css']], ['index.html', ['boot.js', 'widget.css', 'first-paint.js', 'first-screens.js', 'cannot-start.js']]]) {
    const text = readFileSync(join('dist', name), 'utf8');
    for (const file of loads) expect(text, `${name} loads ${file}`).toContain(`${file}?v=${release}`);
  }
  expect(readFileSync('dist/boot.js', 'utf8')).not.toContain('settings.json?v=');
});

test('should tell WordPress where updates come from and say what each release changed', () => {
  const zip = readFileSync(plugin);
  const main = file(zip, 'missing-pieces/missing-pieces.php').toString('utf8');
  // No plugin of the same name elsewhere is ever offered as this one's update.
  expect(main).toMatch(/^ \* Update URI:\s+false$/m);
  const readme = file(zip, 'missing-pieces/readme.txt').toString('utf8');
  expect(readme).toContain('Replace current with uploaded');
  const changelog = readme.split('== Changelog ==')[1] ?? '';
  expect(changelog).toContain(`= ${version} =`);
  // Every release's entry says whether the safety rules or the crisis wording changed.
  const entries = changelog.split(/^= [\w.-]+ =$/m).slice(1);
  expect(entries.length).toBeGreaterThan(0);
  for (const entry of entries) expect(entry).toMatch(/^\* Safety rules and crisis wording: /m);
});

test('should give the plugin a translation template with every string it translates', () => {
  const pot = file(readFileSync(plugin), 'missing-pieces/languages/missing-pieces.pot').toString('utf8');
  expect(pot).toContain('"X-Domain: missing-pieces\\n"');
  expect(pot).toContain('msgid "Areas the check-in asks about"');
  expect(pot).toContain('#. translators: %d: the question\'s number.\n');
  // One place in the template for each call with the plugin's text domain in its sources.
  const sources = ['missing-pieces.php', 'uninstall.php', 'includes/settings.php', 'includes/checks.php', 'block/index.js', 'admin.js'];
  const calls = sources
    .map((name) => readFileSync(join('wordpress/missing-pieces', name), 'utf8').match(/['"]missing-pieces['"]\s*\)/g)?.length ?? 0)
    .reduce((a, b) => a + b, 0);
  const places = [...pot.matchAll(/^#: (.*)$/gm)].flatMap((m) => m[1].split(' ')).filter((p) => !p.endsWith('.json'));
  expect(places).toHaveLength(calls);
});

test('should make an npm package of exactly the widget\'s folder, named and versioned, ready to publish', () => {
  const manifest = JSON.parse(readFileSync('release/npm/package.json', 'utf8'));
  expect(manifest.name).toBe('missing-pieces');
  expect(manifest.version).toBe(version);
  expect(manifest.license).toBe(readFileSync('Cargo.toml', 'utf8').match(/^license\s*=\s*"([^"]+)"/m)[1]);
  expect(manifest.private).toBeUndefined();
  expect(manifest.dependencies ?? {}).toEqual({});
  expect(manifest.scripts ?? {}).toEqual({});
  // What `npm publish` would send: the built folder without the build's own files, the manifest,
  // the registry's README, the license and the notices; nothing else.
  const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json'], { cwd: 'release/npm', encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  expect(packed.name).toBe('missing-pieces');
  expect(packed.version).toBe(version);
  const built = readdirSync('dist').filter((n) => !n.startsWith('.'));
  expect(built).toContain('missing-pieces_bg.wasm');
  expect(packed.files.map((f) => f.path).sort()).toEqual([...built, 'LICENSE', 'README.md', 'THIRD-PARTY-NOTICES.txt', 'package.json'].sort());
  for (const { path, size } of packed.files.filter((f) => built.includes(f.path))) {
    expect(size, path).toBe(readFileSync(join('dist', path)).length);
  }
  // The registry's page gives the CDN code with this version in both addresses.
  const readme = readFileSync('release/npm/README.md', 'utf8');
  expect(readme).toContain(`https://cdn.jsdelivr.net/npm/missing-pieces@${version}/embed.css`);
  expect(readme).toContain(`https://cdn.jsdelivr.net/npm/missing-pieces@${version}/embed.js`);
  expect(readme).not.toContain('{{');
});

test('should give START-HERE a way for every kind of site, each step by step with where the settings go', async ({ page }) => {
  const dir = mkdtempSync(join(tmpdir(), 'missing-pieces-start-here-'));
  try {
    const start = file(readFileSync(release), `missing-pieces-${version}/START-HERE.html`);
    writeFileSync(join(dir, 'START-HERE.html'), start);
    await page.goto(`file://${join(dir, 'START-HERE.html')}`);
    // The table at the top: each kind of site, and the way that fits it.
    const table = page.getByRole('table');
    for (const [site, way] of [
      [/you can add plugins/, 'B. WordPress plugin'],
      [/upload files/, 'A. Upload the folder'],
      [/Squarespace .* Wix/, 'C. A free file host and the builder\'s code block'],
      [/only links or buttons: WordPress\.com on plans without plugins/, 'D. A link to the check-in\'s own page'],
    ]) {
      const link = table.getByRole('row', { name: site }).getByRole('link', { name: way });
      await link.click();
      // Each way is a section of numbered steps that says where the settings go.
      const id = (await link.getAttribute('href')).slice(1);
      const section = page.locator(`h2#${id}`);
      await expect(section).toBeVisible();
      const steps = page.locator(`h2#${id} ~ ol`).first();
      expect(await steps.locator('> li').count(), `${way}: numbered steps`).toBeGreaterThanOrEqual(3);
    }
    const text = await page.locator('main').innerText();
    expect(text.match(/Where your settings go:/g)).toHaveLength(5); // A, B, C (host and CDN), D
    // Way C: one free host, named, with what the counsellor sees, hedged; the CDN only once published.
    expect(text).toContain('https://app.netlify.com/drop');
    expect(text).toContain('Netlify changes its pages from time to time');
    expect(text).toContain('only after the check-in has been published on npm');
    // The configurator's own words for the choices the steps name.
    const configurator = readFileSync('web/configurator/configure.html', 'utf8');
    for (const words of ['Where the code loads the check-in from', 'The npm CDN (jsDelivr)', 'For Squarespace, Wix and other site builders: an iframe', 'Download settings.json']) {
      expect(text).toContain(words);
      expect(configurator).toContain(words);
    }
    expect(text).toContain(`https://cdn.jsdelivr.net/npm/missing-pieces@${version}/embed.js`);
    expect(text).toContain('Squarespace: the Code block runs code only on its higher plans');
    // What holds whatever the way: help on every screen, notes only for the owner.
    expect(text).toContain('Clients never see them, also not inside a Squarespace or Wix frame.');
    await screenshots(page, 'start-here');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('should carry the license, the notices for every crate compiled into the .wasm, and the source', () => {
  const cargo = readFileSync('Cargo.toml', 'utf8');
  const spdx = cargo.match(/^license\s*=\s*"([^"]+)"/m)[1];
  // The .wasm's normal dependency tree, as cargo shows it.
  const tree = execFileSync('cargo', ['tree', '--offline', '--locked', '--target', 'wasm32-unknown-unknown', '-e', 'normal', '--prefix', 'none'], { encoding: 'utf8' });
  // The workspace's own crates (shown with their folder) are under the project's LICENSE.
  const crates = new Set(tree.split('\n').filter((line) => !/ \(\/[^)]*\)( \(\*\))?$/.test(line))
    .map((line) => line.match(/^([\w-]+) v(\S+)/)).filter(Boolean).map(([, name, v]) => `${name} ${v}`));
  expect([...crates].some((c) => c.startsWith('missing-pieces')), 'the workspace\'s own crates are not third parties').toBe(false);
  expect(crates.size).toBeGreaterThan(20);
  for (const crate of ['yew', 'wasm-bindgen', 'serde', 'serde_json', 'web-sys', 'js-sys']) {
    expect([...crates].some((c) => c.startsWith(`${crate} `)), crate).toBe(true);
  }
  const top = `missing-pieces-${version}`;
  for (const [zip, folders] of [[readFileSync(release), [top, `${top}/missing-pieces`]], [readFileSync(plugin), ['missing-pieces']]]) {
    for (const folder of folders) {
      const license = file(zip, `${folder}/LICENSE`)?.toString('utf8');
      expect(license, `${folder}/LICENSE`).toBe(readFileSync('LICENSE', 'utf8'));
      expect(license).toContain(`SPDX: ${spdx}`);
      const notices = file(zip, `${folder}/THIRD-PARTY-NOTICES.txt`)?.toString('utf8') ?? '';
      const list = notices.split(/^License texts$/m)[0];
      const listed = new Set(list.split('\n').filter((line) => /^[\w-]+ \d\S*$/.test(line)));
      for (const crate of crates) expect(listed.has(crate), `${folder}/THIRD-PARTY-NOTICES.txt lists ${crate}`).toBe(true);
      expect(listed.size, 'only crates of the .wasm').toBe(crates.size);
      // Each crate's entry names its license, and the license texts follow.
      expect(notices).toMatch(/^yew \S+\n {2}License: MIT OR Apache-2\.0$/m);
      expect(notices).toContain('Permission is hereby granted, free of charge');
      expect(notices).toContain('Apache License');
    }
  }
  // The source of the compiled files, in the package, and named where the compiled files are.
  const zip = readFileSync(release);
  for (const name of ['Cargo.toml', 'Cargo.lock', 'src/lib.rs', 'wordpress/missing-pieces/missing-pieces.php', 'LICENSE']) {
    expect(file(zip, `${top}/source/${name}`)?.equals(readFileSync(name)), `source/${name}`).toBe(true);
  }
  const readme = file(readFileSync(plugin), 'missing-pieces/readme.txt').toString('utf8');
  const start = file(zip, `${top}/START-HERE.html`).toString('utf8');
  const repository = cargo.match(/^repository\s*=\s*"([^"]+)"/m)?.[1];
  for (const text of [readme, start]) {
    if (repository) expect(text).toContain(repository);
    else expect(text).toMatch(new RegExp(`missing-pieces-(<version>|${version.replaceAll('.', '\\.')})\\.zip`));
    expect(text).toContain('source');
    expect(text).toContain('THIRD-PARTY-NOTICES.txt');
  }
});

test('should follow the Plugin Check rules that can be read from the plugin\'s files', () => {
  // Plugin Check (WordPress.org's plugin review tool) is a WordPress plugin that cannot be
  // installed here; these are its rules that the files show (wordpress/README.md lists them all).
  const zip = readFileSync(plugin);
  const text = (name) => file(zip, `missing-pieces/${name}`).toString('utf8');
  const header = (source, field) => source.match(new RegExp(`^(?: \\* )?${field}:\\s*(.+)$`, 'm'))?.[1].trim();
  const main = text('missing-pieces.php');
  const readme = text('readme.txt');
  expect(readme).toMatch(/^=== Missing Pieces check-in ===$/m);
  expect(header(main, 'Plugin Name')).toBe('Missing Pieces check-in');
  for (const field of ['Requires at least', 'Requires PHP', 'License']) {
    expect(header(readme, field), field).toBe(header(main, field));
  }
  expect(header(readme, 'Stable tag')).toBe(version);
  expect(header(readme, 'Tested up to')).toMatch(/^\d+\.\d+$/);
  // A short description of at most 150 characters, and at most 5 tags.
  const short = readme.split('\n\n')[1];
  expect(short.length).toBeLessThanOrEqual(150);
  expect(header(readme, 'Tags').split(',').length).toBeLessThanOrEqual(5);
  // The text domain is the plugin's folder name, and its Domain Path folder exists.
  expect(header(main, 'Text Domain')).toBe('missing-pieces');
  expect(names(zip)).toContain(`missing-pieces${header(main, 'Domain Path')}/missing-pieces.pot`);
  for (const { name, data } of readZip(zip).filter((e) => e.name.endsWith('.php'))) {
    const source = data.toString('utf8');
    // No PHP file runs when it is opened directly.
    if (!name.endsWith('/index.php')) {
      expect(source, name).toMatch(/if \( ! defined\( '(ABSPATH|WP_UNINSTALL_PLUGIN)' \) \) \{\s*exit;/);
    }
    // Styles and scripts are enqueued, never written as tags; nothing for debugging is left in;
    // translations load by themselves (WordPress 4.6 and later).
    expect(source, name).not.toMatch(/<link[^>]+stylesheet|<script[^>]*\ssrc=/i);
    expect(source, name).not.toMatch(/\b(error_log|var_dump|print_r|var_export|debug_print_backtrace)\s*\(/);
    expect(source, name).not.toMatch(/\bload_plugin_textdomain\s*\(/);
    // Every function, constant and option is the plugin's own, by its prefix.
    for (const [, fn] of source.matchAll(/^function (\w+)/gm)) expect(fn, name).toMatch(/^missing_pieces_/);
    for (const [, constant] of source.matchAll(/define\( '(\w+)'/g)) expect(constant, name).toMatch(/^MISSING_PIECES_/);
  }
});
