// Embeds the check-in on a counsellor's page with one external script and no inline code:
//
//   <div data-missing-pieces data-practice-name="Riverside Counselling"></div>
//   <script type="module" src="https://example.org/missing-pieces/embed.js"></script>
//
// Each marked element gets a Shadow DOM root, so the host site's CSS cannot reach the widget
// and the widget's CSS cannot leak out. Settings come from the element (see docs/config.md).
import init, { mount_into } from './missing-pieces.js';
import { attachShadowHost } from './shadow-host.js';

const base = new URL('.', import.meta.url);

await init({ module_or_path: new URL('missing-pieces_bg.wasm', base) });
// Draw in a task of its own: compiling the WebAssembly already kept the page busy for a while.
await new Promise((resolve) => setTimeout(resolve));

for (const host of document.querySelectorAll('[data-missing-pieces]')) {
  if (host.shadowRoot) continue;
  const { root } = attachShadowHost(host, base);
  mount_into(root, host);
}
