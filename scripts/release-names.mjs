// Ties every file a page loads to its release, so that a returning visitor whose browser still
// holds files of an older release never runs them with files of this one (new glue with an old
// `.wasm` cannot start). Run by scripts/prerender.mjs at the end of each build (see Trunk.toml);
// also `node scripts/release-names.mjs <built folder>` (it may run again on the same folder).
//
// The addresses counsellors paste or link stay as they are: the entry points below. Every other
// file is named in the files that load it with `?v=<release>`, where <release> is the crate's
// version and a hash of the whole build: a browser caches by address, so a new release is a new
// address for each of those files, and nothing is taken from an older release's cache. A browser
// still running an older entry point from its cache asks for the older addresses, that is for
// its own release as a whole.
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { COUNSELLORS_FILES, ENTRY_POINTS } from './files.mjs';

const ROOT = new URL('..', import.meta.url).pathname;

/** Names every file in `dir` that another names with the release; returns the release. */
export function nameReleases(dir) {
  const version = readFileSync(join(ROOT, 'Cargo.toml'), 'utf8').match(/^version\s*=\s*"([^"]+)"/m)[1];
  const files = readdirSync(dir)
    .filter((name) => !name.startsWith('.') && statSync(join(dir, name)).isFile())
    .sort();
  const versioned = files.filter((name) => !ENTRY_POINTS.includes(name) && !COUNSELLORS_FILES.includes(name));
  const escape = (name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A file's name where another file names it: after a quote, `=`, `/` or a space, and before a
  // quote, a space or `>`; with the release of an earlier run, if any.
  const reference = new RegExp(`(?<![\\w.-])(${versioned.map(escape).join('|')})(?:\\?v=[\\w.-]+)?(?=['"\\s>])`, 'g');

  // The release: the version, and a hash of every file as it is without the release in it (so the
  // same build gives the same release, however often this runs).
  const hash = createHash('sha256');
  const texts = new Map();
  for (const name of files) {
    const data = readFileSync(join(dir, name));
    const textual = /\.(html|js|css)$/.test(name);
    if (textual) texts.set(name, data.toString('utf8'));
    hash.update(`${name}\0`);
    hash.update(textual ? texts.get(name).replace(reference, '$1') : data);
    hash.update('\0');
}
const release = `${version}-${hash.digest('hex').slice(0, 10)}`;

let named = 0;
for (const [name, text] of texts) {
  const next = text.replace(reference, (_, file) => {
    named += 1;
    return `${file}?v=${release}`;
  });
  if (next !== text) writeFileSync(join(dir, name), next);
}
if (named === 0) throw new Error(`release-names: no file in ${relative(process.cwd(), dir) || '.'} names another`);
console.log(`release ${release}: ${named} references to ${versioned.length} files`);
return release;
}

if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  if (!process.argv[2]) throw new Error('usage: node scripts/release-names.mjs <built folder>');
  nameReleases(process.argv[2]);
}
