//# allFunctionsCalledOnLoad
// Embeds the check-in on a counsellor's page with one external script and no inline code:
//
//   <div data-missing-pieces data-practice-name="Riverside Counselling"></div>
//   <script type="module" src="https://example.org/missing-pieces/embed.js"></script>
//
// Each marked element gets a Shadow DOM root, so the host site's CSS cannot reach the widget
// and the widget's CSS cannot leak out. Settings come from the element (see docs/config.md).
// Each element is read and drawn on its own: one that fails costs only itself.
import init, { prepare } from './missing-pieces.js';
import { attachShadowHost } from './shadow-host.js';

const base = new URL('.', import.meta.url);

// Elements that cannot hold a Shadow DOM (lists, table cells, links, ...) get the widget in a
// `div` of its own: inside those that may contain one, after the others.
const WRAP_INSIDE = new Set(['LI', 'TD', 'TH', 'DD', 'DT', 'CAPTION', 'FIGCAPTION', 'FIELDSET', 'DETAILS', 'FORM']);
const WRAPPER = 'data-missing-pieces-wrapper';

/** Whether `host` already shows a widget (in its own shadow root, or in a wrapper). */
function shown(host) {
  return Boolean(host.shadowRoot)
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

await init({ module_or_path: new URL('missing-pieces_bg.wasm', base) });
// Read each widget's settings and saved answers now, in the task that started the WebAssembly,
// and draw in a task of its own, so that neither task keeps the page busy for long.
const widgets = [];
for (const host of document.querySelectorAll('[data-missing-pieces]')) {
  if (shown(host)) continue;
  try {
    widgets.push([host, prepare(host)]);
  } catch (error) {
    console.error('missing-pieces: could not read the settings of', host, error);
  }
}
await new Promise((resolve) => setTimeout(resolve));

for (const [host, prepared] of widgets) {
  try {
    if (shown(host)) {
      prepared.free();
      continue;
    }
    prepared.mount(attach(host).root);
  } catch (error) {
    console.error('missing-pieces: could not show the check-in in', host, error);
  }
}
