//# allFunctionsCalledOnLoad
// Starts the widget on the standalone page. It lives in its own file, not inline in the page, so
// the page runs under a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval').
//
// Inside an iframe whose address has ?parent=<origin>, it also tells that origin (and only that
// origin) how tall the content is, so frame.js on the parent page can size the frame.

// When the first screen is in the page as HTML (see first-paint.js), the WebAssembly and its glue
// are fetched once it is on screen, so they do not hold up its paint on a slow connection. A tab
// in the background paints nothing: there they are fetched at once (and after a second anyway).
if (document.documentElement.classList.contains('mp-first-screen') && document.visibilityState === 'visible') {
  await new Promise((resolve) => {
    new PerformanceObserver(resolve).observe({ type: 'paint', buffered: true });
    setTimeout(resolve, 1000);
  });
}
const wasm = fetch(new URL('./missing-pieces_bg.wasm', import.meta.url));
const { default: init } = await import('./missing-pieces.js');
await init({ module_or_path: wasm });

const parent = new URLSearchParams(location.search).get('parent');
let origin = null;
try {
  origin = parent && new URL(parent).origin === parent ? parent : null;
} catch {
  origin = null;
}
if (origin && window.parent !== window) {
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
