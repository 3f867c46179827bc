// The benchmark's page-level figures, as a visitor's browser and the search engines measure them:
// how far the widget moves a counsellor's page while it starts (layout shift in Chromium at a
// phone's and a desktop's width), and Lighthouse's mobile figures for the counsellor's page with
// and without the widget (script tag and iframe) and for the standalone page against the
// plain-HTML baseline. Used by run.mjs; see bench/README.md.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { counsellorPage, withWidget } from '../e2e/hosts/snippet.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const LIGHTHOUSE = join(ROOT, 'bench/lighthouse/node_modules/lighthouse/cli/index.js');

/** The widths at which layout shift is measured: a phone and a desktop. */
export const WIDTHS = [
  [390, 844],
  [1280, 800],
];

/**
 * Writes the counsellor's page of the end-to-end tests (e2e/hosts/counsellor.html) in its forms
 * into a new folder: with its script-tag embed, with the iframe (bench/host/iframe.html, which
 * must name the page's own origin) in its place, without the widget, and, as a control for
 * Lighthouse's simulation, with nothing in its place but a link to one empty stylesheet.
 * Returns the folder, served under /host/.
 */
export function writeHostPages(origin) {
  const dir = join(tmpdir(), `missing-pieces-bench-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir);
  const page = counsellorPage();
  const frame = readFileSync(join(ROOT, 'bench/host/iframe.html'), 'utf8').replace(
    '{parent}',
    encodeURIComponent(origin),
  );
  writeFileSync(join(dir, 'embed.html'), page);
  writeFileSync(join(dir, 'iframe.html'), withWidget(page, frame.trim()));
  writeFileSync(join(dir, 'none.html'), withWidget(page, ''));
  writeFileSync(join(dir, 'one-file.html'), withWidget(page, '<link rel="stylesheet" href="empty.css">'));
  writeFileSync(join(dir, 'empty.css'), '');
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Layout shift in Chromium: from navigation until the widget's first screen is drawn.

/** Injected before any page script: sums layout-shift entries not caused by input. */
function shiftProbe() {
  window.__shift = { total: 0, entries: [] };
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      if (e.hadRecentInput) continue;
      window.__shift.total += e.value;
      window.__shift.entries.push({ at: Math.round(e.startTime), value: e.value });
    }
  }).observe({ type: 'layout-shift', buffered: true });
}

const twoFrames = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * Loads `url` at `width` x `height` in a fresh context and returns the layout shift until the
 * widget's first screen is drawn (for the page without it, until load), two frames later.
 */
export async function layoutShift(browser, url, variant, [width, height]) {
  const context = await browser.newContext({ viewport: { width, height } });
  try {
    await context.addInitScript(shiftProbe);
    // The widget's Shadow DOM is closed; opened here so the locator below can wait for its
    // start button (opening it changes nothing the browser draws).
    await context.addInitScript(() => {
      const attach = Element.prototype.attachShadow;
      Element.prototype.attachShadow = function attachShadow(init) {
        return attach.call(this, { ...init, mode: 'open' });
      };
    });
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'load' });
    const start = page.getByRole('button', { name: 'Start the check-in' });
    if (variant === 'iframe') {
      await page.frameLocator('iframe').getByRole('button', { name: 'Start the check-in' }).waitFor();
      // frame.js sizes the frame once the widget reports its height.
      await page.waitForFunction(() => document.querySelector('iframe').style.height !== '');
    } else if (variant !== 'none') {
      await start.waitFor();
    }
    await page.evaluate(twoFrames);
    return await page.evaluate(() => window.__shift);
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------------------------------------
// Lighthouse: mobile (its default: a mid-range phone, simulated slow 4G and a 4x slower CPU).

/** Installs the pinned Lighthouse (bench/lighthouse/package-lock.json) when it is missing. */
export async function ensureLighthouse() {
  if (existsSync(LIGHTHOUSE)) return;
  console.log('Installing Lighthouse for the benchmark (bench/lighthouse, once)');
  await run('npm', ['ci', '--no-audit', '--no-fund', '--prefix', join(ROOT, 'bench/lighthouse')], {});
}

function run(command, args, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.stderr.on('data', (chunk) => (err += chunk));
    child.once('exit', (code) => (code === 0 ? resolve(out) : reject(new Error(`${command} exited with ${code}: ${err.slice(-2000)}`))));
  });
}

/**
 * One Lighthouse run of `url`; returns the figures the budgets use. `throttling` is 'simulated'
 * (Lighthouse's default: one fast load, timings modelled for the slow phone) or 'applied' (the
 * same phone, network and CPU settings applied to the browser while it loads: `devtools`).
 */
export async function lighthouse(url, throttling = 'simulated') {
  if (!['simulated', 'applied'].includes(throttling)) throw new Error(`unknown throttling: ${throttling}`);
  const flags = [...CHROMIUM_ARGS, '--headless=new', '--no-sandbox', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'];
  const out = await run(
    process.execPath,
    [
      LIGHTHOUSE,
      url,
      '--output=json',
      '--output-path=stdout',
      '--only-categories=performance',
      '--disable-full-page-screenshot',
      '--quiet',
      ...(throttling === 'applied' ? ['--throttling-method=devtools'] : []),
      `--chrome-flags=${flags.join(' ')}`,
    ],
    { CHROME_PATH: CHROMIUM_PATH },
  );
  const report = JSON.parse(out);
  if (report.runtimeError) throw new Error(`Lighthouse on ${url}: ${report.runtimeError.message}`);
  const audit = (id) => report.audits[id]?.numericValue;
  return {
    performance: Math.round(report.categories.performance.score * 100),
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    si: audit('speed-index'),
    tti: audit('interactive'),
    lcpElement: report.audits['largest-contentful-paint-element']?.details?.items?.[0]?.items?.[0]?.node?.snippet,
  };
}

export async function launch() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
