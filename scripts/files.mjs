// Which of the widget's files goes where: the one list the build's scripts, the package and the
// tests read. The browser's side lives in web/, a folder for each page it serves: `standalone/`
// (the check-in's own page, also what an iframe shows), `embed/` (the script-tag code on a
// counsellor's page), `frame/` (the iframe's helper on that page), `configurator/` (for
// counsellors) and `shared/`. The build copies those files into dist/ as they are, under their
// own names (index.html's `copy-file` links, which e2e/package.spec.js holds to `COPIED`), except
// `first-steps.js`, which scripts/prerender.mjs writes into `first-screens.js` with the first
// screens; trunk writes the glue, the `.wasm`, `widget.css` and `index.html`.
import { readdirSync } from 'node:fs';

const WEB = new URL('../web/', import.meta.url);

/** The source of `first-screens.js` (see scripts/prerender.mjs): built, not copied. */
export const FIRST_STEPS = 'web/shared/first-steps.js';

/** Each file under web/ the build copies into dist/ as it is: its path from the root. */
export const COPIED_FROM = readdirSync(WEB, { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((dir) => readdirSync(new URL(`${dir.name}/`, WEB)).map((name) => `web/${dir.name}/${name}`))
  .filter((path) => path !== FIRST_STEPS)
  .sort();

/** The files the build copies into dist/ as they are, by their name there. */
export const COPIED = COPIED_FROM.map((path) => path.split('/').pop());

/**
 * The files the widget needs on a page that embeds it, and on the plugin's settings page for the
 * live preview: what the WordPress plugin serves from its `widget/` folder.
 */
export const WIDGET_FILES = ['cannot-start.js', 'embed.css', 'embed.js', 'first-screens.js', 'live-preview.js', 'missing-pieces.js', 'missing-pieces_bg.wasm', 'shadow-host.js', 'widget.css'];

/** What counsellors paste or link, and the WordPress plugin enqueues: never renamed with the release. */
export const ENTRY_POINTS = ['configure.html', 'embed.css', 'embed.js', 'frame.js', 'index.html'];

/** The counsellor's own file, uploaded in place of the empty one and read afresh each time: never renamed. */
export const COUNSELLORS_FILES = ['settings.json'];

/**
 * The configurator, for counsellors setting up their site (live-preview.js is shared with the
 * WordPress settings page): no client ever downloads it, so the size report leaves it out.
 */
export const CONFIGURATOR_FILES = ['configure.html', 'configure.js', 'configure.css', 'configure-disk.js', 'live-preview.js'];
