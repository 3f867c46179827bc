//# allFunctionsCalledOnLoad
// Starts the widget on the standalone page. It lives in its own file, not inline in the page, so
// the page runs under a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval').
//
// Inside an iframe whose address has ?parent=<address of the page that shows it>, it also tells
// that page's origin (and only that origin) how tall the content is, so frame.js on the parent
// page can size the frame. `parent` may be the page's full address or only its origin. Where the
// browser says which page shows the frame (location.ancestorOrigins) and it is another origin,
// nothing is sent (the widget shows the site owner a note instead, and the page scrolls inside
// the frame).
import { settingsOfAddress, showCannotStart } from './cannot-start.js';

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
 * Fetches the WebAssembly and its glue and starts the widget. Where it cannot start (see
 * cannot-start.js), the page says so instead, with the contacts its address holds.
 */
async function start() {
  try {
    const wasm = fetch(new URL('./missing-pieces_bg.wasm', import.meta.url));
    wasm.catch(() => {}); // reported below, through init
    const { default: init } = await import('./missing-pieces.js');
    await init({ module_or_path: wasm });
  } catch (error) {
    const place = document.getElementById('missing-pieces');
    // The address carries the counsellor's settings only inside their frame: at the top of a
    // tab, anyone could write a link with other "urgent help" numbers in it.
    const inFrame = window.parent !== window;
    if (place) showCannotStart(place, settingsOfAddress(inFrame ? location.search : ''), error);
  }
}
