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

const base = new URL('.', import.meta.url);

await init({ module_or_path: new URL('missing-pieces_bg.wasm', base) });
// Read each widget's settings and saved answers now, in the task that started the WebAssembly,
// and draw in a task of its own, so that neither task keeps the page busy for long.
const widgets = [...document.querySelectorAll('[data-missing-pieces]')]
  .filter((host) => !host.shadowRoot)
  .map((host) => [host, prepare(host)]);
await new Promise((resolve) => setTimeout(resolve));

for (const [host, prepared] of widgets) {
  if (host.shadowRoot) {
    prepared.free();
    continue;
  }
  const { root } = attachShadowHost(host, base);
  prepared.mount(root);
}
