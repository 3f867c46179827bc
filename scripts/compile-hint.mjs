// Run by trunk after each build (see Trunk.toml): puts V8's "compile every function now" comment
// at the top of the generated JavaScript glue in the staging folder.
//
// Most of the glue's functions run while the widget starts. Without the comment, Chromium compiles
// each one on the page's main thread the first time it is called: about 10 to 20 ms of the
// start-up in traces here. With it (Chromium 136 and later), the whole file is compiled on a
// background thread while it downloads. Other browsers read an ordinary comment. boot.js and
// embed.js carry the same line.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const HINT = '//# allFunctionsCalledOnLoad\n';
const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('compile-hint.mjs runs as a trunk hook (TRUNK_STAGING_DIR is not set)');
const file = join(dir, 'missing-pieces.js');
const glue = readFileSync(file, 'utf8');
if (!glue.startsWith(HINT)) writeFileSync(file, HINT + glue);
