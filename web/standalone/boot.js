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

// The counsellor's settings file: first-paint.js asked for it from the page's head; where it could
// not, it is asked for now. Asked again of the server each time (no-cache), so a file the
// counsellor has just uploaded is the one read. No file, no settings.
const settingsFile = window.missingPiecesSettingsFile
  ?? fetch(new URL('./settings.json', import.meta.url), { cache: 'no-cache' })
    .then((response) => (response.ok ? response.text() : ''))
    .catch(() => '');
// The first screens work as plain HTML before the WebAssembly arrives (first-steps.js).
const early = firstSteps();

// In a frame: the height of what it shows, for frame.js on the page around it (see the top),
// from the first screen on.
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

/**
 * Fetches the WebAssembly, its glue and the counsellor's settings file, and starts the widget.
 * Where it cannot start (see cannot-start.js), or its files have not arrived within the time
 * limit, the page says so instead, with the contacts the settings file holds (never the address:
 * anyone can write a link).
 */
async function start() {
  const late = timeLimit();
  const settings = settingsFile;
  // The first screens work first: on a slow connection the WebAssembly would hold up the little
  // they need.
  const steps = await early;
  try {
    const wasm = fetch(new URL('./missing-pieces_bg.wasm', import.meta.url));
    wasm.catch(() => {}); // reported below, through init
    const loaded = (async () => {
      const { default: init, start: run } = await import('./missing-pieces.js');
      await init({ module_or_path: wasm });
      return run;
    })();
    const run = await Promise.race([loaded, late]);
    // The first screens as HTML work on until the widget draws in their place, and it takes
    // over everything done on them up to that moment.
    run(await Promise.race([settings, late]), steps ?? undefined);
  } catch (error) {
    const place = document.getElementById('missing-pieces');
    // The settings file, unless it too is still on its way after the time limit.
    const text = await Promise.race([settings, late.catch(() => '')]);
    if (place) showCannotStart(place, settingsOfJson(text, location.search), error);
  }
}

/**
 * Makes the page's first screen work as plain HTML until the widget starts, with the settings
 * file's settings, where it can show exactly what the widget will draw (see first-steps.js):
 * shown in the widget's language if the page did not show it already, and the presses made on
 * it before this ran pressed again. Returns what the widget takes over, or null where the first
 * screen stays as it is until the widget draws its own.
 */
async function firstSteps() {
  const place = document.querySelector('#missing-pieces > .mp-prerendered');
  if (!place) return null;
  const html = document.documentElement;
  try {
    const [steps, text] = await Promise.all([import('./first-screens.js'), settingsFile]);
    const address = new URLSearchParams(location.search);
    const json = steps.settingsOfJson(text);
    const settings = address.has('preview') || steps.opensElsewhere() ? null : steps.shownSettings(json);
    if (!settings) return pressed(place);
    const language = steps.languageOf(address.get('language') ?? address.get('lang'), steps.askedLanguage(json));
    // The page holds the English welcome with no settings: presses made on it count first.
    const live = steps.firstSteps(place, 'en', { help: [] });
    html.setAttribute('data-mp-live', '');
    const pressed = [...place.querySelectorAll('[data-mp-pressed]')];
    for (const button of pressed.sort((a, b) => a.dataset.mpPressed - b.dataset.mpPressed)) {
      if (button.isConnected) button.click();
    }
    live.show(settings, language);
    html.classList.add('mp-first-screen');
    return live;
  } catch (error) {
    console.warn('missing-pieces: the first screen waits for the check-in to start', error);
    return pressed(place);
  }
}

/**
 * Where the page showed its welcome but the settings file changes it (the widget then draws its
 * own): the presses on Start and on the ways to help made there (first-paint.js marks them), for
 * the widget to act on when it starts.
 */
function pressed(place) {
  const record = () => {
    const start = place.querySelector('.mp-step .mp-button-primary[data-mp-pressed]');
    const help = place.querySelector('.mp-help-toggle[data-mp-pressed], .mp-help-pointer [data-mp-pressed]');
    return [start && 'start', help && 'help'].filter(Boolean).join('\n');
  };
  // Presses are marked until the widget draws in the screen's place (first-paint.js).
  return { record, handOver: record };
}
