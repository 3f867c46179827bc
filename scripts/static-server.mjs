// A tiny static file server for dist/ on 127.0.0.1, used by `scripts/serve.sh` and the end-to-end
// tests. No dependencies: Node's http module is enough, and nothing here reaches the network.
//
// Usage: node scripts/static-server.mjs --dir dist --port 8080 [--extra DIR] [--gzip on]
//          [--cache max-age=SECONDS] [--wasm-type TYPE] [--cors all|REGEX] [--cdn on] [--stall REGEX]
//          [--frame-ancestors SOURCES]
// `--extra` serves a second folder (test host pages) under /host/; in its HTML pages, __ORIGIN__
// stands for this server's origin (so an iframe's `parent` names the right port). `--gzip on`
// compresses every response for a browser that accepts gzip, as a web host would (the benchmark
// uses it). `--cache max-age=N` lets browsers keep each file for N seconds, as many hosts do,
// except the pages and the entry points counsellors paste (asked again on every visit); without
// it nothing is kept. `--wasm-type` sends `.wasm` with another content type, as many shared hosts
// send `application/octet-stream`. `--port 0` takes a free port (printed).
// `--cors all` sends `Access-Control-Allow-Origin: *` with every file, as npm CDNs (jsDelivr,
// unpkg) and hosts told to by a `_headers` file do; `--cors REGEX` only with the paths that match
// it (a host that allows scripts but not the `.wasm`); without it, none. `--cdn on` serves as an
// npm CDN does: every file kept a year (`immutable`: the address names the version), HTML pages
// as plain text (CDNs refuse to serve pages), and CORS on everything. `--stall REGEX` answers the
// paths that match it with their headers and half their body, then nothing more, never ending the
// response (a download that hangs). `--frame-ancestors SOURCES` lets the pages of those origins
// show the widget's pages in a frame (its strict policy allows only its own origin).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = new Map();
for (let i = 2; i < process.argv.length; i += 2) args.set(process.argv[i], process.argv[i + 1]);
const root = resolve(args.get('--dir') ?? 'dist');
const extra = args.has('--extra') ? resolve(args.get('--extra')) : null;
const port = Number(args.get('--port') ?? 8080);
const gzip = args.get('--gzip') === 'on';
const maxAge = args.get('--cache')?.match(/^max-age=(\d+)$/)?.[1] ?? null;
if (args.has('--cache') && maxAge === null) throw new Error('--cache takes max-age=SECONDS');
const wasmType = args.get('--wasm-type') ?? 'application/wasm';
const cdn = args.get('--cdn') === 'on';
const cors = cdn || args.get('--cors') === 'all' ? /^/ : args.has('--cors') ? new RegExp(args.get('--cors')) : null;
const stall = args.has('--stall') ? new RegExp(args.get('--stall')) : null;
const frameAncestors = args.get('--frame-ancestors') ?? "'self'";
/** Asked again on every visit: the pages, and the addresses counsellors paste (see release-names.mjs). */
const ENTRY = /(^|\/)(embed\.js|embed\.css|frame\.js|[^/]*\.html|)$/;
/** Compressed bodies by file and modification time, so no request waits for compression. */
const compressed = new Map();

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
  '.wasm': wasmType,
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

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  const file = await resolveFile(url.pathname);
  if (!file) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('not found');
    return;
  }
  const headers = {
    'content-type': cdn && extname(file) === '.html' ? 'text/plain; charset=utf-8' : TYPES[extname(file)] ?? 'application/octet-stream',
    'cache-control': cdn ? 'public, max-age=31536000, immutable' : maxAge === null ? 'no-store' : ENTRY.test(url.pathname) ? 'no-cache' : `max-age=${maxAge}`,
    'x-content-type-options': 'nosniff',
  };
  if (cors?.test(url.pathname)) headers['access-control-allow-origin'] = '*';
  if (cdn) headers['cross-origin-resource-policy'] = 'cross-origin';
  // The widget's own pages are always served under the strict policy it promises to work with;
  // a test host page may ask for it (?csp=strict) or for another (?csp=<policy>).
  const asked = url.searchParams.get('csp');
  const own = STRICT_CSP.replace("frame-ancestors 'self'", `frame-ancestors ${frameAncestors}`);
  const csp = asked === 'strict' ? STRICT_CSP : asked ?? (file.startsWith(root) && file.endsWith('.html') ? own : null);
  if (csp) headers['content-security-policy'] = csp;
  let body = await readFile(file);
  const hostPage = extra && file.startsWith(extra + sep) && file.endsWith('.html');
  if (hostPage) body = Buffer.from(body.toString('utf8').replaceAll('__ORIGIN__', `http://127.0.0.1:${server.address().port}`));
  if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
    const key = `${file} ${(await stat(file)).mtimeMs}`;
    if (!compressed.has(key)) compressed.set(key, gzipSync(body, { level: 9 }));
    body = compressed.get(key);
    headers['content-encoding'] = 'gzip';
    headers.vary = 'accept-encoding';
  }
  if (stall?.test(url.pathname)) {
    res.writeHead(200, { ...headers, 'content-length': String(body.length) });
    res.write(body.subarray(0, Math.floor(body.length / 2)));
    return;
  }
  res.writeHead(200, headers);
  res.end(body);
});
server.listen(port, '127.0.0.1', () => {
  console.log(`Serving ${root} at http://127.0.0.1:${server.address().port}/`);
});
