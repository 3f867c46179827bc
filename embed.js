//# allFunctionsCalledOnLoad
// Embeds the check-in on a counsellor's page with one external script and no inline code:
//
//   <div data-missing-pieces data-practice-name="Riverside Counselling"></div>
//   <script type="module" src="https://example.org/missing-pieces/embed.js"></script>
//
// Each marked element gets a Shadow DOM root, so the host site's CSS cannot reach the widget
// and the widget's CSS cannot leak out. Settings come from the element (see docs/config.md).
import init, { prepare } from './missing-pieces.js';
import { attachShadowHost } from './shadow-host.js';
// The first screen in each language, as HTML the build wrote from the widget itself
// (scripts/prerender.mjs).
import FIRST_SCREENS from './first-screens.js';

const base = new URL('.', import.meta.url);

// At once, before the WebAssembly arrives: each widget's place is kept, so that the page's text
// below it does not move when it appears.
const widgets = [...document.querySelectorAll('[data-missing-pieces]')]
  .filter((host) => !host.shadowRoot)
  .map((host) => {
    const { root } = attachShadowHost(host, base);
    keepPlace(root, host);
    return [host, root];
  });

await init({ module_or_path: new URL('missing-pieces_bg.wasm', base) });
// Read each widget's settings and saved answers now, in the task that started the WebAssembly,
// and draw in a task of its own, so that neither task keeps the page busy for long.
const prepared = widgets.map(([host, root]) => [root, prepare(host)]);
await new Promise((resolve) => setTimeout(resolve));

for (const [root, widget] of prepared) widget.mount(root);

/** The language the widget on `host` will most likely speak (the widget decides; see src/edge/). */
function language(host) {
  let asked = host.getAttribute('data-language') ?? host.getAttribute('data-lang');
  const block = host.querySelector("script[type='application/json']");
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
 * Keeps the widget's place in `root` with its first screen, hidden: it takes the room the widget
 * will take, and the widget replaces it when it draws itself. It is laid out only from the moment
 * the widget's stylesheet applies (its rule for `.mp-prerendered` wins over the `display` set
 * here); before that its size would be wrong, and embed.css holds the place.
 */
function keepPlace(root, host) {
  const place = document.createElement('div');
  place.className = 'mp-prerendered';
  place.inert = true;
  // Set through the CSSOM: the page's Content-Security-Policy may forbid style attributes.
  place.style.display = 'none';
  place.style.visibility = 'hidden';
  place.innerHTML = FIRST_SCREENS[language(host)];
  root.append(place);
}
