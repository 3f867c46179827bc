//# allFunctionsCalledOnLoad
// Embeds the check-in on a counsellor's page with one external script and no inline code:
//
//   <div data-missing-pieces data-practice-name="Riverside Counselling"></div>
//   <script type="module" src="https://example.org/missing-pieces/embed.js"></script>
//
// Each marked element gets a Shadow DOM root, so the host site's CSS cannot reach the widget
// and the widget's CSS cannot leak out. Settings come from the element, or from the page's own
// settings block where the site writes one (the WordPress plugin; see docs/config.md).
// Each element is read and drawn on its own: one that fails costs only itself.
//
// What the first screen needs is asked for in one round, the moment this file runs: the widget's
// stylesheet and the three modules below. Imported statically, the modules would be found only
// once this file had arrived, and the stylesheet only once they had run, one round trip after
// another before a phone on a slow connection showed anything in the kept place.
const base = new URL('.', import.meta.url);
preloadStyle(new URL('widget.css', base));
const [
  { SHOWN, attachShadowHost },
  // The first screens in each language, as HTML the build wrote from the widget itself
  // (scripts/prerender.mjs), and what makes them work before the widget starts (first-steps.js).
  { default: FIRST_SCREENS, firstSteps, opensElsewhere, settingsOfHost, shownSettings },
  { settingsOfElement, settingsOfJson, showCannotStart, timeLimit },
] = await Promise.all([import('./shadow-host.js'), import('./first-screens.js'), import('./cannot-start.js')]);

// Elements that cannot hold a Shadow DOM (lists, table cells, links, ...) get the widget in a
// `div` of its own: inside those that may contain one, after the others.
const WRAP_INSIDE = new Set(['LI', 'TD', 'TH', 'DD', 'DT', 'CAPTION', 'FIGCAPTION', 'FIELDSET', 'DETAILS', 'FORM']);
const WRAPPER = 'data-missing-pieces-wrapper';

/** Whether `host` already shows a widget (in its own shadow root, which is closed, or in a wrapper). */
function shown(host) {
  return host.hasAttribute(SHOWN)
    || host.nextElementSibling?.hasAttribute(WRAPPER)
    || [...host.children].some((child) => child.hasAttribute(WRAPPER));
}

/** The shadow root's mount point for `host`, in a wrapper `div` when `host` cannot hold one. */
function attach(host) {
  try {
    return attachShadowHost(host, base);
  } catch {
    const wrapper = document.createElement('div');
    wrapper.setAttribute(WRAPPER, '');
    const inside = WRAP_INSIDE.has(host.tagName);
    if (inside) host.append(wrapper);
    else host.after(wrapper);
    console.warn(`missing-pieces: a <${host.localName}> element cannot hold the check-in, so it is shown in a <div> ${inside ? 'inside' : 'after'} it. Put data-missing-pieces on a <div> instead.`);
    return attachShadowHost(wrapper, base);
  }
}

// At once, before the WebAssembly arrives: each widget's first screen is shown as HTML that
// works (or, where it cannot be shown exactly as the widget will draw it, its place is kept), so
// that the page's text below it does not move when the widget appears. Each element is attached
// on its own: one that fails costs only itself.
const widgets = [];
/** For each widget shown as HTML first: what the client does there, which the widget takes over. */
const early = new Map();
/** For each widget shown as HTML first: when its stylesheet has loaded (or failed to). */
const styled = [];
for (const host of document.querySelectorAll('[data-missing-pieces]')) {
  if (shown(host)) continue;
  try {
    const { root, style } = attach(host);
    const steps = keepPlace(root, host);
    if (steps) {
      early.set(host, steps);
      styled.push(new Promise((resolve) => {
        style.addEventListener('load', resolve);
        style.addEventListener('error', resolve);
      }));
    }
    widgets.push([host, root]);
  } catch (error) {
    console.error('missing-pieces: could not show the check-in in', host, error);
    cannotStart(host, host, error);
  }
}

// The WebAssembly and its glue are asked for once the first screens are on screen, as on the
// standalone page (boot.js): asked for sooner, they hold up that paint on a slow connection. A
// tab in the background paints nothing: there they are asked for at once (and after a second
// anyway). Two frames, not one: Chromium reports a frame's paint a frame later, and after one
// frame the glue was asked for before the welcome's paint counted (measured with Lighthouse).
if (styled.length && document.visibilityState === 'visible') {
  await new Promise((resolve) => {
    Promise.all(styled).then(() => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve))));
    setTimeout(resolve, 1000);
  });
}
const prepare = await start();
// Read each widget's settings and saved answers now, in the task that started the WebAssembly,
// and draw in a task of its own, so that neither task keeps the page busy for long.
const prepared = [];
for (const [host, root] of widgets) {
  try {
    prepared.push([host, root, prepare(host)]);
  } catch (error) {
    console.error('missing-pieces: could not read the settings of', host, error);
    cannotStart(root, host, error);
  }
}
await new Promise((resolve) => setTimeout(resolve));

for (const [host, root, widget] of prepared) {
  try {
    const steps = early.get(host);
    // The HTML first screens work on until the widget draws in their place, and it takes over
    // everything done on them up to that moment.
    if (steps) widget.adopt(steps);
    widget.mount(root);
  } catch (error) {
    console.error('missing-pieces: could not show the check-in in', host, error);
    cannotStart(root, host, error);
  }
}

/**
 * Loads the glue and starts the WebAssembly; returns the glue's `prepare`. Where it cannot start
 * (see cannot-start.js), or its files have not arrived within the time limit, each widget's place
 * says so instead, and every later step is skipped.
 */
async function start() {
  try {
    const loaded = (async () => {
      const glue = await import('./missing-pieces.js');
      await glue.default({ module_or_path: new URL('missing-pieces_bg.wasm', base) });
      return glue;
    })();
    return (await Promise.race([loaded, timeLimit()])).prepare;
  } catch (error) {
    for (const [host, root] of widgets) cannotStart(root, host, error);
    widgets.length = 0;
    return null;
  }
}

/**
 * Shows in `place` that the check-in could not open, with the settings on `host`, or the site's
 * own settings block where the page has one (then no author's element decides what it says).
 */
function cannotStart(place, host, error) {
  try {
    const site = document.querySelector("script[type='application/json'][data-missing-pieces-settings]");
    showCannotStart(place, site ? settingsOfJson(site.textContent) : settingsOfElement(host), error);
  } catch (failed) {
    console.error('missing-pieces: could not show that the check-in cannot start', failed, error);
  }
}

/** The language the widget on `host` will most likely speak (the widget decides; see src/edge/). */
function language(host) {
  let asked = host.getAttribute('data-language') ?? host.getAttribute('data-lang');
  // A page with the site's own settings block (the WordPress plugin writes one) is read from it.
  const block = document.querySelector("script[type='application/json'][data-missing-pieces-settings]")
    ?? host.querySelector("script[type='application/json']");
  if (block) {
    try {
      asked = JSON.parse(block.textContent)?.language;
    } catch {
      asked = null;
    }
  }
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of [asked, ...preferred]) {
    const primary = String(tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
    if (Object.hasOwn(FIRST_SCREENS, primary)) return primary;
  }
  return 'en';
}

/**
 * Puts the widget's first screen in `root`. Where it can show exactly what the widget will draw
 * (the counsellor's settings are ones it shows, nothing saved, no share link: see
 * first-steps.js), it is visible and works as plain HTML, and this returns what the widget takes
 * over. Otherwise it is hidden and only takes the room the widget will take, and this returns
 * null. Either way the widget replaces it when it draws itself. It is laid out only from the
 * moment the widget's stylesheet applies (its rule for `.mp-prerendered` wins over the `display`
 * set here); before that its size and look would be wrong, and embed.css holds the place.
 */
function keepPlace(root, host) {
  const place = document.createElement('div');
  place.className = 'mp-prerendered';
  // Set through the CSSOM: the page's Content-Security-Policy may forbid style attributes.
  place.style.display = 'none';
  const locale = language(host);
  place.innerHTML = FIRST_SCREENS[locale].welcome;
  root.append(place);
  const settings = opensElsewhere() ? null : shownSettings(settingsOfHost(host));
  if (!settings) {
    place.inert = true;
    place.style.visibility = 'hidden';
    return null;
  }
  // The widget's stylesheet shows the first screen in an element with this class.
  root.classList.add('mp-first-screen');
  return firstSteps(place, locale, settings);
}

/**
 * Asks for the stylesheet at `url` now, so that the link each widget's shadow root holds finds it
 * already on its way. A preload in the page's head: it applies nothing to the page.
 */
function preloadStyle(url) {
  try {
    const link = document.createElement('link');
    link.rel = 'preload';
    link.as = 'style';
    link.href = url.href;
    document.head.append(link);
  } catch {
    // The shadow root's own link asks for it.
  }
}
