// Run by trunk after each build (see Trunk.toml): writes the widget's first screen into the
// standalone page, so it is painted from HTML before the WebAssembly arrives, and the first
// screens in each language (the welcome, the first question step, "Need help now?") into
// first-screens.js, with which embed.js and boot.js show them and make them work as plain HTML
// until the widget takes their place.
//
// The markup comes from the real component, rendered on the host with Yew's server renderer
// (src/bin/prerender.rs), never from a copy. It is the first screen with no settings, saved
// answers or share link, in English. The page shows it only when first-paint.js, which runs
// before the first paint, finds that the widget will draw exactly that; otherwise it stays
// hidden and only keeps its place. Once the widget has drawn itself, it replaces it.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { nameReleases } from './release-names.mjs';
import { FIRST_STEPS } from './files.mjs';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('prerender.mjs runs as a trunk hook (TRUNK_STAGING_DIR is not set)');
// Built for the host (not for the WebAssembly target trunk builds), in the debug profile that
// the tests share.
const env = { ...process.env };
delete env.CARGO_BUILD_TARGET;
const screens = JSON.parse(
  execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender'], {
    cwd: process.env.TRUNK_SOURCE_DIR,
    encoding: 'utf8',
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  }),
);

// For cannot-start.js: its words in every language, from locales/*/ui.ftl.
const texts = execFileSync('cargo', ['run', '--quiet', '--bin', 'prerender', '--', 'cannot-start'], {
  cwd: process.env.TRUNK_SOURCE_DIR,
  encoding: 'utf8',
  env,
  stdio: ['ignore', 'pipe', 'inherit'],
});
const cannotStart = join(dir, 'cannot-start.js');
const placeholder = '/* cannot-start texts */ {}';
const script = readFileSync(cannotStart, 'utf8');
if (!script.includes(placeholder)) throw new Error('cannot-start.js has no place for its texts');
writeFileSync(cannotStart, script.replace(placeholder, () => texts.trim()));

// For embed.js and boot.js: the first screens in every language, made to work as plain HTML
// until the widget starts (first-steps.js, with the screens in place of its empty table).
const steps = readFileSync(join(process.env.TRUNK_SOURCE_DIR, FIRST_STEPS), 'utf8');
const table = '/* first screens */ { screens: {}, rules: { limits: {}, helpNote: [] } }';
if (!steps.includes(table)) throw new Error('first-steps.js has no place for the first screens');
// Its comments (whole lines only) stay in the source: a client's download does without them.
const code = steps.replace(/^\s*\/\*\*[\s\S]*?\*\/\n/gm, '').replace(/^\s*\/\/.*\n/gm, '');
writeFileSync(join(dir, 'first-screens.js'), code.replace(table, () => JSON.stringify(screens)));

const file = join(dir, 'index.html');
const page = readFileSync(file, 'utf8');
// The widget's element, as written in index.html or as the minifier leaves it.
const opening = /<div id="?missing-pieces"?>/;
if (!opening.test(page)) throw new Error('index.html has no <div id="missing-pieces">');
if (page.includes('mp-prerendered')) throw new Error('index.html already has a first screen');
// It works as plain HTML (boot.js, first-steps.js) until the widget takes its place; until then,
// presses on it are kept (first-paint.js).
const first = `<div class="mp-prerendered">${screens.screens.en.welcome}</div>`;
writeFileSync(file, page.replace(opening, (tag) => tag + first));

// Last, as every file is now written: name what the pages load with the release. The glue's
// compile hint (scripts/compile-hint.mjs, a hook that runs beside this one) is added first if
// it is not there yet, so that the release's hash covers the glue as it is served.
const glue = join(dir, 'missing-pieces.js');
const HINT = '//# allFunctionsCalledOnLoad\n';
const glueText = readFileSync(glue, 'utf8');
if (!glueText.startsWith(HINT)) writeFileSync(glue, HINT + glueText);
nameReleases(dir);
