// Starts the widget. It lives in its own file, not inline in the page, so that the page runs under
// a strict Content-Security-Policy (script-src 'self' 'wasm-unsafe-eval').
import init from './missing-pieces.js';

init({ module_or_path: new URL('./missing-pieces_bg.wasm', import.meta.url) });
