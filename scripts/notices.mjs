// THIRD-PARTY-NOTICES.txt for the release package and the WordPress plugin: every Rust crate
// compiled into the widget's .wasm (and its JavaScript glue), with its version, its license as
// its Cargo.toml states it, its authors and source, and the text of each license file the crate
// ships. Read offline from Cargo.lock and the crates Cargo has downloaded (`cargo metadata
// --offline --locked`): the normal dependency tree for wasm32-unknown-unknown, as
// `cargo tree --target wasm32-unknown-unknown -e normal` shows it. Procedural macros (code
// generators that run while compiling; the code they write is in the .wasm) are listed apart.
//
// Usage: node scripts/notices.mjs [file]   (prints to stdout without a file)
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

const ROOT = resolve(new URL('..', import.meta.url).pathname);
const TARGET = 'wasm32-unknown-unknown';

/** `name version` of each crate `cargo tree` shows for the .wasm with these edges. */
function tree(root, edges) {
  const out = execFileSync(
    'cargo',
    ['tree', '--offline', '--locked', '--target', TARGET, '-e', edges, '--prefix', 'none'],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  );
  return new Set(out.split('\n').map((line) => line.match(/^(\S+) v(\S+)/)).filter(Boolean).map(([, name, version]) => `${name} ${version}`));
}

/**
 * The crates in the .wasm's normal dependency tree (as `cargo tree` resolves features for it),
 * the workspace's own left out, sorted, with what their Cargo.toml says (from `cargo metadata`).
 */
export function wasmCrates(root = ROOT) {
  const all = tree(root, 'normal');
  // Without procedural macros and what only they use: the crates whose code is in the .wasm.
  const runtime = tree(root, 'normal,no-proc-macro');
  const metadata = JSON.parse(execFileSync(
    'cargo',
    ['metadata', '--offline', '--locked', '--format-version', '1', '--filter-platform', TARGET],
    { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, stdio: ['ignore', 'pipe', 'inherit'] },
  ));
  // The workspace's own crates (the widget, its domain and its schema) are under its LICENSE.
  const own = metadata.packages.filter((p) => metadata.workspace_members.includes(p.id));
  const crates = metadata.packages
    .filter((p) => !own.includes(p) && all.has(`${p.name} ${p.version}`))
    .map((p) => ({
      name: p.name,
      version: p.version,
      license: p.license ?? (p.license_file ? `see ${p.license_file}` : 'not stated'),
      authors: p.authors ?? [],
      repository: p.repository ?? '',
      dir: dirname(p.manifest_path),
      licenseFile: p.license_file,
      inWasm: runtime.has(`${p.name} ${p.version}`),
    }))
    .sort((a, b) => (a.name === b.name ? a.version.localeCompare(b.version, undefined, { numeric: true }) : a.name < b.name ? -1 : 1));
  for (const p of own) all.delete(`${p.name} ${p.version}`);
  if (crates.length !== all.size) throw new Error(`cargo metadata lacks crates that cargo tree shows: ${[...all].filter((c) => !crates.some((k) => `${k.name} ${k.version}` === c)).join(', ')}`);
  return crates;
}

/** The license files a crate ships (LICENSE*, LICENCE*, COPYING*, NOTICE*), sorted. */
function licenseFiles(crate) {
  const names = readdirSync(crate.dir).filter((n) => /^(licen[cs]e|copying|notice)/i.test(n));
  if (crate.licenseFile && !names.includes(crate.licenseFile)) names.push(crate.licenseFile);
  return names.sort();
}

/** The notices as text. */
export function thirdPartyNotices(root = ROOT) {
  const cargo = readFileSync(join(root, 'Cargo.toml'), 'utf8');
  const version = cargo.match(/^version\s*=\s*"([^"]+)"/m)?.[1];
  const ownLicense = cargo.match(/^license\s*=\s*"([^"]+)"/m)?.[1];
  const crates = wasmCrates(root);
  // Each distinct license text once, numbered, and each crate pointing to its own.
  const texts = [];
  const textNumber = new Map();
  const entry = (crate) => {
    const lines = [`${crate.name} ${crate.version}`, `  License: ${crate.license}`];
    if (crate.authors.length > 0) lines.push(`  Authors: ${crate.authors.join(', ')}`);
    if (crate.repository) lines.push(`  Source: ${crate.repository}`);
    const files = licenseFiles(crate);
    if (files.length === 0) {
      lines.push('  License text: none ships with this crate; its license is the one named above (texts below).');
    }
    for (const file of files) {
      const text = readFileSync(join(crate.dir, file), 'utf8').replace(/\r\n?/g, '\n').trim();
      // Texts that differ only in spacing and line breaks are the same text.
      const key = text.replace(/\s+/g, ' ');
      if (!textNumber.has(key)) {
        texts.push(text);
        textNumber.set(key, texts.length);
      }
      lines.push(`  ${file}: text [${textNumber.get(key)}] below`);
    }
    return lines.join('\n');
  };
  const inWasm = crates.filter((c) => c.inWasm);
  const macros = crates.filter((c) => !c.inWasm);
  const rule = '-'.repeat(78);
  const out = [
    `Missing Pieces check-in ${version}: third-party notices`,
    '',
    `The check-in itself is licensed ${ownLicense} (see LICENSE). Its WebAssembly file`,
    '(missing-pieces_bg.wasm) and the JavaScript glue that loads it (missing-pieces.js) are',
    'compiled from the check-in\'s own Rust source, the Rust standard library (core, alloc, std;',
    'MIT OR Apache-2.0) and the crates below, at the versions in its Cargo.lock. The texts of their',
    'licenses follow the list.',
    '',
    rule,
    `Crates compiled into the .wasm (${inWasm.length})`,
    rule,
    '',
    inWasm.map(entry).join('\n\n'),
    '',
    rule,
    `Code generators (procedural macros) and the crates only they use (${macros.length}):`,
    'they run while the check-in is compiled, and the code they write is part of the .wasm.',
    rule,
    '',
    macros.map(entry).join('\n\n'),
    '',
    rule,
    'License texts',
    rule,
    ...texts.flatMap((text, i) => ['', `[${i + 1}]`, '', text]),
    '',
  ];
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = thirdPartyNotices();
  if (process.argv[2]) writeFileSync(process.argv[2], text);
  else process.stdout.write(text);
}
