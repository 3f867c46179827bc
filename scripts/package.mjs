// Writes the release package from a built dist/ (scripts/package.sh builds it first):
//
//   release/missing-pieces-<version>.zip            for counsellors: START-HERE.html, the static
//                                                    folder to upload (with the configurator), the
//                                                    WordPress plugin zip, and the source (source/)
//   release/missing-pieces-wordpress-<version>.zip   the WordPress plugin alone
//   release/npm/                                     the same static folder as an npm package,
//                                                    ready for `npm publish` (never run here), so
//                                                    that an npm CDN can serve it
//
// Both carry LICENSE and THIRD-PARTY-NOTICES.txt (scripts/notices.mjs: the crates compiled into
// the .wasm, from Cargo.lock), beside the compiled files.
//
// The version is Cargo.toml's. The same sources give the same bytes: files in sorted order, one
// date for every entry (SOURCE_DATE_EPOCH, else the last commit's date), no network.
//
// Usage: node scripts/package.mjs [--dist dist] [--out release]
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { WIDGET_FILES } from './files.mjs';
import { thirdPartyNotices } from './notices.mjs';
import { DOMAIN, makePot } from './pot.mjs';
import { writeZip } from './zip.mjs';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const args = new Map();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i], process.argv[i + 1]);
const dist = resolve(args.get('--dist') ?? join(ROOT, 'dist'));
const out = resolve(args.get('--out') ?? join(ROOT, 'release'));


function fail(message) {
  console.error(`package: ${message}`);
  process.exit(1);
}

const version = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version\s*=\s*"([^"]+)"/m)?.[1];
if (!version) fail('no version in Cargo.toml');

function sourceDate() {
  if (process.env.SOURCE_DATE_EPOCH) return new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000);
  try {
    const seconds = execFileSync('git', ['log', '-1', '--format=%ct'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    if (seconds.trim()) return new Date(Number(seconds.trim()) * 1000);
  } catch {
    // Not a git checkout: the fixed date below.
  }
  return new Date(Date.UTC(2020, 0, 1));
}

/** The npm package's name: free on the npm registry when this was written (`npm view missing-pieces`). */
export const NPM_NAME = 'missing-pieces';

/**
 * Every file of the built widget a site needs: what the build wrote, without its own working
 * files (Trunk's `.trunk-lock`, anything else whose name starts with a dot).
 */
export function widgetFolder(dir) {
  return filesUnder(dir).filter((file) => !file.split('/').some((part) => part.startsWith('.')));
}

/** Every file under `dir`, as paths relative to it with `/`, sorted. */
function filesUnder(dir) {
  const found = [];
  const walk = (at) => {
    for (const name of readdirSync(at)) {
      const full = join(at, name);
      if (statSync(full).isDirectory()) walk(full);
      else found.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return found.sort();
}

for (const file of [...WIDGET_FILES, 'index.html', 'configure.html', 'frame.js', 'boot.js', 'settings.json']) {
  try {
    statSync(join(dist, file));
  } catch {
    fail(`${join(relative(ROOT, dist), file)} is missing: build the widget first (scripts/package.sh does)`);
  }
}

// The plugin's version must be the widget's: the plugin header, its constant, readme and block.
const plugin = join(ROOT, 'wordpress', 'missing-pieces');
const versionChecks = [
  ['missing-pieces.php', /^\s*\*\s*Version:\s*(\S+)/m],
  ['missing-pieces.php', /define\(\s*'MISSING_PIECES_VERSION',\s*'([^']+)'/],
  ['readme.txt', /^Stable tag:\s*(\S+)/m],
  ['block/index.asset.php', /'version'\s*=>\s*'([^']+)'/],
];
for (const [file, pattern] of versionChecks) {
  const found = readFileSync(join(plugin, file), 'utf8').match(pattern)?.[1];
  if (found !== version) fail(`wordpress/missing-pieces/${file} says version ${found}; Cargo.toml says ${version}`);
}

const date = sourceDate();
const entry = (name, path) => ({ name, data: readFileSync(path) });
const license = readFileSync(join(ROOT, 'LICENSE'));
const notices = Buffer.from(thirdPartyNotices(ROOT), 'utf8');
const legal = (folder) => [
  { name: `${folder}/LICENSE`, data: license },
  { name: `${folder}/THIRD-PARTY-NOTICES.txt`, data: notices },
];

/** The source: every file git tracks, as it is in the working tree. */
function sourceFiles() {
  let listed;
  try {
    listed = execFileSync('git', ['ls-files', '-z'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    fail('the source is packaged from a git checkout: run this in one');
  }
  return listed.split('\0').filter((file) => file && statSync(join(ROOT, file), { throwIfNoEntry: false })?.isFile()).sort();
}

// The words of the message where the check-in cannot start, in every language, as the build put
// them into cannot-start.js: the plugin writes the same message into its pages for visitors whose
// browser runs none of the check-in's scripts (missing_pieces_fallback()).
const cannotStartTexts = readFileSync(join(dist, 'cannot-start.js'), 'utf8').match(/^const TEXTS = (\{.*\});$/m)?.[1];
try {
  if (!JSON.parse(cannotStartTexts).en) throw new Error('no English');
} catch {
  fail('dist/cannot-start.js holds no texts: build the widget first (scripts/package.sh does)');
}

const pluginFiles = filesUnder(plugin);
const pluginEntries = [
  ...pluginFiles.map((file) => entry(`missing-pieces/${file}`, join(plugin, file))),
  { name: `missing-pieces/languages/${DOMAIN}.pot`, data: Buffer.from(makePot(plugin, pluginFiles, version), 'utf8') },
  { name: 'missing-pieces/includes/cannot-start.json', data: Buffer.from(cannotStartTexts, 'utf8') },
  ...legal('missing-pieces'),
  ...WIDGET_FILES.map((file) => entry(`missing-pieces/widget/${file}`, join(dist, file))),
].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
const pluginName = `missing-pieces-wordpress-${version}.zip`;
const pluginZip = writeZip(pluginEntries, date);

const top = `missing-pieces-${version}`;
const startHere = readFileSync(join(ROOT, 'packaging', 'START-HERE.html'), 'utf8').replaceAll('{{version}}', version);
const releaseEntries = [
  { name: `${top}/START-HERE.html`, data: Buffer.from(startHere, 'utf8') },
  entry(`${top}/SETTINGS.md`, join(ROOT, 'docs', 'config.md')),
  ...legal(top),
  ...widgetFolder(dist).map((file) => entry(`${top}/missing-pieces/${file}`, join(dist, file))),
  // For hosts that read it (Netlify, Cloudflare Pages): the CORS header the script-tag code needs
  // on a page of another site.
  entry(`${top}/missing-pieces/_headers`, join(ROOT, 'packaging', '_headers')),
  ...legal(`${top}/missing-pieces`),
  ...sourceFiles().map((file) => entry(`${top}/source/${file}`, join(ROOT, file))),
  { name: `${top}/${pluginName}`, data: pluginZip },
];
const releaseName = `${top}.zip`;

// The npm package: the same folder, with a package.json that lists exactly its files, and a
// README for the registry's page.
const npm = join(out, 'npm');
rmSync(npm, { recursive: true, force: true });
mkdirSync(npm, { recursive: true });
for (const file of widgetFolder(dist)) cpSync(join(dist, file), join(npm, file));
for (const { name, data } of legal(npm)) writeFileSync(name, data);
const cargo = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8');
const manifest = {
  name: NPM_NAME,
  version,
  description: cargo.match(/^description\s*=\s*"([^"]+)"/m)?.[1],
  license: cargo.match(/^license\s*=\s*"([^"]+)"/m)?.[1],
  keywords: ['counselling', 'check-in', 'widget', 'webassembly', 'privacy'],
  files: [...widgetFolder(dist), 'THIRD-PARTY-NOTICES.txt'],
};
writeFileSync(join(npm, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(
  join(npm, 'README.md'),
  readFileSync(join(ROOT, 'packaging', 'npm-README.md'), 'utf8').replaceAll('{{version}}', version).replaceAll('{{name}}', NPM_NAME),
);

mkdirSync(out, { recursive: true });
writeFileSync(join(out, pluginName), pluginZip);
writeFileSync(join(out, releaseName), writeZip(releaseEntries, date));
for (const name of [releaseName, pluginName]) {
  const size = statSync(join(out, name)).size;
  console.log(`${relative(process.cwd(), join(out, name))}  ${(size / 1024).toFixed(1)} KiB`);
}
console.log(`${relative(process.cwd(), npm)}/  the npm package ${NPM_NAME}@${version} (not published)`);
