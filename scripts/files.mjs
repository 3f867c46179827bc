// Which of the widget's files goes where: the one list the build's scripts, the package and the
// tests read. The build copies the page's scripts and styles from the root into dist/ as they are
// (index.html's `copy-file` links, which e2e/package.spec.js holds to `COPIED`); trunk writes the
// glue, the `.wasm`, `widget.css` and `index.html`; scripts/prerender.mjs writes
// `first-screens.js`.

/** The root's files the build copies into dist/ as they are (index.html's `copy-file` links). */
export const COPIED = [
  'boot.js', 'settings.json', 'cannot-start.js', 'first-paint.js', 'embed.js', 'embed.css', 'shadow-host.js', 'frame.js',
  'configure.html', 'configure.js', 'configure.css', 'configure-disk.js', 'live-preview.js',
];

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
