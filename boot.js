//# allFunctionsCalledOnLoad
// Starts the widget on the standalone page. It lives in its own file, not inline in the page, so
// the page runs under a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval').
//
// The settings come from settings.json in this folder, which the configurator writes and the
// counsellor uploads. The address, which anyone can write (in a link, or in a frame on a site of
// their own), gives only the language, and in a frame the widget id (see docs/config.md).
//
// Inside an iframe whose address has ?parent=<address of the page that shows it>, it also tells
// that page's origin (and only that origin) how tall the content is, so frame.js on the parent
// page can size the frame. `parent` may be the page's full address or only its origin. Where the
// browser says which page shows the frame (location.ancestorOrigins) and it is another origin,
// nothing is sent (the widget shows the site owner a note instead, and the page scrolls inside
// the frame).
import { settingsOfJson, showCannotStart, timeLimit } from './cannot-start.js';

// When the first screen is in the page as HTML (see first-paint.js), the WebAssembly and its glue
// are fetched once it is on screen, so they do not hold up its paint on a slow connection. A tab
// in the background paints nothing: there they are fetched at once (and after a second anyway).
if (document.documentElement.classList.contains('mp-first-screen') && document.visibilityState === 'visible') {
  await new Promise((resolve) => {
    new PerformanceObserver(resolve).observe({ type: 'paint', buffered: true });
    setTimeout(resolve, 1000);
  });
}
await start();

const parent = new URLSearchParams(location.search).get('parent');
let origin = null;
try {
  const url = parent ? new URL(parent) : null;
  origin = url && (url.protocol === 'https:' || url.protocol === 'http:') ? url.origin : null;
} catch {
  origin = null;
}
const shownBy = location.ancestorOrigins?.[0];
if (origin && window.parent !== window && (shownBy === undefined || shownBy === origin)) {
  let last = 0;
  const report = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height !== last) {
      last = height;
      window.parent.postMessage({ type: 'missing-pieces:height', height }, origin);
    }
  };
  new ResizeObserver(report).observe(document.documentElement);
  report();
}

/**
 * Fetches the WebAssembly, its glue and the counsellor's settings file, and starts the widget.
 * Where it cannot start (see cannot-start.js), or its files have not arrived within the time
 * limit, the page says so instead, with the contacts the settings file holds (never the address:
 * anyone can write a link).
 */
async function start() {
  const late = timeLimit();
  // Fetched beside the WebAssembly; asked again of the server each time (no-cache), so a file the
  // counsellor has just uploaded is the one read. No file, no settings.
  const settings = fetch(new URL('./settings.json', import.meta.url), { cache: 'no-cache' })
    .then((response) => (response.ok ? response.text() : ''))
    .catch(() => '');
  try {
    const wasm = fetch(new URL('./missing-pieces_bg.wasm', import.meta.url));
    wasm.catch(() => {}); // reported below, through init
    const loaded = (async () => {
      const { default: init, start: run } = await import('./missing-pieces.js');
      await init({ module_or_path: wasm });
      return run;
    })();
    const run = await Promise.race([loaded, late]);
    run(await Promise.race([settings, late]));
  } catch (error) {
    const place = document.getElementById('missing-pieces');
    // The settings file, unless it too is still on its way after the time limit.
    const text = await Promise.race([settings, late.catch(() => '')]);
    if (place) showCannotStart(place, settingsOfJson(text, location.search), error);
  }
}
