// A tiny static file server for dist/ on 127.0.0.1, used by `scripts/serve.sh` and the end-to-end
// tests. No dependencies: Node's http module is enough, and nothing here reaches the network.
//
// Usage: node scripts/static-server.mjs --dir dist --port 8080 [--extra DIR]
// `--extra` serves a second folder (test host pages) under /host/; in its pages `{{ORIGIN}}`
// becomes this server's origin (an iframe's `parent`, whatever the port).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const args = new Map();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i], process.argv[i + 1]);
const root = resolve(args.get('--dir') ?? 'dist');
const extra = args.has('--extra') ? resolve(args.get('--extra')) : null;
const port = Number(args.get('--port') ?? 8080);

/** The policy documented in the README for pages that host the widget. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "connect-src 'self'",
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

function inside(base, rel) {
  const full = normalize(join(base, rel));
  return full === base || full.startsWith(base + sep) ? full : null;
}

async function resolveFile(pathname) {
  let base = root;
  let rel = decodeURIComponent(pathname);
  if (extra && rel.startsWith('/host/')) {
    base = extra;
    rel = rel.slice('/host'.length);
  }
  let file = inside(base, rel);
  if (!file) return null;
  try {
    if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
    await stat(file);
    return file;
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const file = await resolveFile(url.pathname);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('not found');
    return;
  }
  const headers = {
    'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  };
  // The widget's own pages are always served under the strict policy it promises to work with;
  // a test host page may ask for it (?csp=strict) or for another (?csp=<policy>).
  const asked = url.searchParams.get('csp');
  const csp = asked === 'strict' ? STRICT_CSP : asked ?? (file.startsWith(root) && file.endsWith('.html') ? STRICT_CSP : null);
  if (csp) headers['content-security-policy'] = csp;
  res.writeHead(200, headers);
  const body = await readFile(file);
  const hostPage = extra && file.startsWith(extra + sep) && file.endsWith('.html');
  res.end(hostPage ? body.toString('utf8').replaceAll('{{ORIGIN}}', `http://127.0.0.1:${port}`) : body);
}).listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${port}/`);
});
