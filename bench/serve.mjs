// Serving for the benchmark: scripts/static-server.mjs, the same server the end-to-end tests use,
// on free ports of 127.0.0.1, with gzip as a web host would.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** A port of 127.0.0.1 that nothing listens on now. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Serves `dir` with gzip, as a web host would, and `extra` (host pages) under /host/. */
export async function serve(dir, { port, extra } = {}) {
  port ??= await freePort();
  const args = ['scripts/static-server.mjs', '--dir', dir, '--port', String(port), '--gzip', 'on'];
  if (extra) args.push('--extra', extra);
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`static server for ${dir} exited with ${code}`)));
    child.stdout.on('data', (chunk) => String(chunk).includes('Serving') && resolve());
  });
  return { url: `http://127.0.0.1:${port}/`, stop: () => child.kill() };
}
