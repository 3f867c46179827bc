// Prints the gzip and brotli size of every file in dist/ and their total, and fails when the gzip
// total is above the guard.
// Usage: node scripts/size-report.mjs dist
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

// A guard, not a target: it sits just above today's gzip total so that nothing grows unnoticed.
// (The 120 KiB gzip target is retired: the widget is now held to what a visitor measures, see
// bench/README.md.) Lower it whenever the total drops; raise it only on purpose, saying why.
// Raised from 157 to 160 for the first screen as HTML (first-paint.js, the page's welcome,
// first-screens.js) and embed.css, which keep the page from moving while the widget starts:
// 4.5 KiB over every file, 1.6 KiB more for a visit to the standalone page, 3 KiB for an embed.
const BUDGET_KIB = 160;

// The configurator (configure.html, .js, .css) is for counsellors setting up their site, not part
// of a client's journey: no client ever downloads it. Its files are listed separately as "not
// counted" and left out of the total.
const NOT_COUNTED = new Set(['configure.html', 'configure.js', 'configure.css']);

const dir = process.argv[2] ?? 'dist';
const files = [];
(function walk(d) {
  for (const name of readdirSync(d)) {
    if (name.startsWith('.')) continue; // trunk's lock file, not served
    const path = join(d, name);
    if (statSync(path).isDirectory()) walk(path);
    else files.push(path);
  }
})(dir);

let rawTotal = 0;
let gzTotal = 0;
let brTotal = 0;
const kib = (n) => (n / 1024).toFixed(1).padStart(8);
const brotli = (data) =>
  brotliCompressSync(data, {
    params: {
      [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
      [zlib.BROTLI_PARAM_LGWIN]: zlib.BROTLI_MAX_WINDOW_BITS,
      [zlib.BROTLI_PARAM_SIZE_HINT]: data.length,
    },
  }).length;
const notCounted = [];
console.log(`${'file'.padEnd(48)} ${'raw KiB'.padStart(8)} ${'gzip KiB'.padStart(8)} ${'brotli KiB'.padStart(10)}`);
for (const path of files.sort()) {
  const data = readFileSync(path);
  const gz = gzipSync(data, { level: 9 }).length;
  const br = brotli(data);
  const line = `${relative(dir, path).padEnd(48)} ${kib(data.length)} ${kib(gz)} ${kib(br).padStart(10)}`;
  if (NOT_COUNTED.has(relative(dir, path))) {
    notCounted.push(line);
    continue;
  }
  rawTotal += data.length;
  gzTotal += gz;
  brTotal += br;
  console.log(line);
}
console.log(`${'total'.padEnd(48)} ${kib(rawTotal)} ${kib(gzTotal)} ${kib(brTotal).padStart(10)}`);
console.log(`guard: ${BUDGET_KIB} KiB gzip (gzip -9; brotli at quality 11, window 24)`);
if (notCounted.length > 0) {
  console.log('not counted (the configurator for counsellors, not part of a client\'s journey):');
  for (const line of notCounted) console.log(line);
}
if (files.length === 0) {
  console.error('dist/ is empty: build first');
  process.exit(1);
}
if (gzTotal > BUDGET_KIB * 1024) {
  console.error(`over budget by ${((gzTotal - BUDGET_KIB * 1024) / 1024).toFixed(1)} KiB gzip`);
  process.exit(1);
}
