// Benchmarks the release widget (dist/) against the hand-written baseline (bench/baseline/): bytes,
// time to the first interactive screen and first question, a full journey, long tasks, memory, and
// the same timings under 4x CPU throttling; then, on a counsellor's page (bench/host/), how far the
// widget moves the page while it starts, and Lighthouse's mobile figures side by side
// (bench/pages.mjs). Prints medians (min-max), writes bench/results.json and exits non-zero if a
// budget fails. See bench/README.md.
//
// Usage: node bench/run.mjs [--runs N] [--lighthouse-runs M] [--dist DIR]
//   (build dist/ first; scripts/bench.sh does both)
import { spawn } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { WIDTHS, ensureLighthouse, launch, layoutShift, lighthouse, writeHostPages } from './pages.mjs';
import { firstQuestion, largestLcp, slowBudgets, slowTable, writeLargestPages } from './slow-phone.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const KIB = 1024;
const BUDGETS = {
  // Chromium, on the counsellor's page, from load until the widget's first screen is drawn.
  layoutShift: 0.02,
  // Lighthouse (mobile), the counsellor's page with the widget against the same page without.
  hostScorePoints: 2,
  hostLcpRatio: 1.1,
  hostTbtMs: 50,
  // Lighthouse (mobile), the standalone page against the plain-HTML baseline.
  lcpRatio: 1.1,
  ttiRatio: 1.5,
  // Chromium, unchanged from before.
  longTaskMs: 50,
  memoryMiB: 4,
};
const THROTTLE = 4;
const RESULTS_HEADING = 'Your check-in';
const CHROMIUM = {
  executablePath: CHROMIUM_PATH,
  // The end-to-end tests' flags, and more for timing.
  args: [
    ...CHROMIUM_ARGS,
    // Any host but 127.0.0.1 fails to resolve, so nothing can leave the machine. (Playwright's
    // request routing would do the same but delays every request through Node, skewing timings.)
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
};

const runs = Number(argValue('--runs') ?? 7);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs wants a whole number of at least 1');
const lighthouseRuns = Number(argValue('--lighthouse-runs') ?? 5);
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 0) throw new Error('--lighthouse-runs wants a whole number');

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

// ---------------------------------------------------------------------------------------------
// Serving: scripts/static-server.mjs, the same server the end-to-end tests use, on free ports.

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Serves `dir` with gzip, as a web host would, and `extra` (host pages) under /host/. */
async function serve(dir, { port, extra } = {}) {
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

// ---------------------------------------------------------------------------------------------
// In-page probes. Times are performance.now(), i.e. milliseconds since navigation start.

/**
 * Injected before any page script. Records long tasks, and clicks "Start the check-in" once it is
 * enabled, has a box on screen and a frame with it has been painted (a client cannot click what
 * was never drawn). A click counts as handled when a radio button then gets a box without another
 * click: `interactive` is when that click was made, `firstQuestion` when the frame showing the
 * radio has been painted. A click the page ignored (no handler yet) is tried again at
 * DOMContentLoaded and load, when scripts have run, and once the page has gone idle. The probe
 * never clicks again while the page may still be working on a click: Yew, for one, renders in a
 * later task when a render takes over 16 ms, and an early second click would take the credit.
 */
function loadProbe() {
  let ready;
  const bench = (window.__bench = { marks: { clicks: 0 }, longTasks: [] });
  bench.ready = new Promise((resolve) => (ready = resolve));
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) bench.longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });

  const visible = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const startButton = () =>
    [...document.querySelectorAll('button')].find(
      // Not the first screen the page holds as HTML (inert until the widget replaces it).
      (b) => b.textContent.trim() === 'Start the check-in' && !b.closest('[inert]'),
    );
  const firstRadio = () => [...document.querySelectorAll('input[type=radio]')].find(visible);
  const afterTask = (fn) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => fn();
    channel.port2.postMessage(0);
  };
  let inFrame = false; // inside an animation-frame callback, so this frame's paint is next
  /** Calls `fn` once the DOM as it is now has been painted. */
  const afterPaint = (fn) => (inFrame ? afterTask(fn) : requestAnimationFrame(() => afterTask(fn)));

  let lastClick = null;
  let waiting = false; // the last click may still be being handled
  let painting = false; // the Start button has a box; waiting for the frame that draws it
  let answered = false; // a click brought up the first question

  /** Notes the first question once a click has brought it up; true when it has. */
  function shown() {
    if (answered) return true;
    if (lastClick === null || !firstRadio()) return false;
    answered = true;
    bench.marks.interactive = lastClick;
    observer.disconnect();
    afterPaint(() => {
      bench.marks.firstQuestion = performance.now();
      ready();
    });
    return true;
  }
  /** Clicks Start if it can be clicked; `scriptsRan` allows a retry while waiting. */
  function attempt(scriptsRan = false) {
    if (shown() || painting || (waiting && !scriptsRan)) return;
    const button = startButton();
    if (!button || button.disabled || !visible(button)) return;
    if (bench.marks.startVisible === undefined) {
      painting = true;
      afterPaint(() => {
        painting = false;
        bench.marks.startVisible = performance.now();
        attempt();
      });
      return;
    }
    bench.marks.clicks += 1;
    lastClick = performance.now();
    button.click();
    if (shown()) return;
    waiting = true;
    requestIdleCallback(
      () => {
        waiting = false;
        attempt();
      },
      { timeout: 2000 },
    );
  }
  function frame() {
    inFrame = true;
    attempt();
    inFrame = false;
    if (!answered) requestAnimationFrame(frame);
  }
  // Watching the DOM only once it is parsed keeps the probe from forcing layouts mid-parse.
  const observer = new MutationObserver(() => attempt());
  document.addEventListener('DOMContentLoaded', () => {
    observer.observe(document, { childList: true, subtree: true, attributes: true });
    attempt(true);
  });
  addEventListener('load', () => attempt(true));
  requestAnimationFrame(frame);
}

/**
 * Runs in the page once the first question shows: answers every visible radio group, step by step,
 * with the choice at `positions[i % positions.length]` for the i-th item (5 = "prefer not to say"),
 * clicks "Next" until "See my results", then that. Each action waits until the page shows its
 * effect, has gone idle and has painted the next frame; returns timings, the slowest action (click
 * to that paint) and counts.
 */
async function journey({ heading, positions, resultsHeading }) {
  const visible = (el) => {
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };
  const task = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve();
      channel.port2.postMessage(0);
    });
  const painted = () => new Promise((resolve) => requestAnimationFrame(() => task().then(resolve)));
  const idle = () => new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
  const button = (name) =>
    [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === name && visible(b));
  const headingText = () => document.querySelector(heading)?.textContent.trim();
  const groups = () => {
    const byName = new Map();
    for (const radio of document.querySelectorAll('input[type=radio]')) {
      if (!visible(radio)) continue;
      if (!byName.has(radio.name)) byName.set(radio.name, []);
      byName.get(radio.name).push(radio);
    }
    return [...byName.values()];
  };

  let slowest = 0;
  let slowestWhat = '';
  let actions = 0;
  async function act(what, fn, done) {
    const t0 = performance.now();
    fn();
    while (!done()) {
      if (performance.now() - t0 > 15_000) throw new Error(`the page never showed: ${what}`);
      await task();
    }
    await idle(); // the page's own follow-up work, such as Yew's deferred renders, is done
    await painted();
    const took = performance.now() - t0;
    if (took > slowest) [slowest, slowestWhat] = [took, what];
    actions += 1;
  }

  const start = performance.now();
  let items = 0;
  for (let step = 0; step < 20; step += 1) {
    const results = button('See my results');
    if (results) {
      await act('results', () => results.click(), () => headingText() === resultsHeading);
      return { start, end: performance.now(), slowest, slowestWhat, actions, items };
    }
    for (const group of groups()) {
      const radio = group[positions[items % positions.length]];
      items += 1;
      await act(`answer ${radio.name}`, () => radio.click(), () => radio.checked);
    }
    const next = button('Next');
    if (!next) throw new Error(`no Next button on "${headingText()}"`);
    const before = headingText();
    await act(`the step after "${before}"`, () => next.click(), () => headingText() !== before);
  }
  throw new Error('never reached "See my results"');
}

// ---------------------------------------------------------------------------------------------
// One measurement: a fresh browser (no caches, no compiled-code reuse), load, journey, memory.

const TARGETS = {
  // --dist: another build to measure, such as an earlier one, side by side with this session's.
  widget: { dir: argValue('--dist') ?? 'dist', heading: '#mp-step-heading' },
  baseline: { dir: 'bench/baseline', heading: 'form > section:not([hidden]) h2' },
};
// The same answers in both: every position on the scale, "prefer not to say" now and then.
const POSITIONS = [3, 1, 4, 0, 2, 5, 3, 2, 4];

const WARM_UP = `<main style="font-family: system-ui, sans-serif"><h2>Warm-up</h2><p>Text <b>bold</b></p>
  <label><input type="radio" name="r"> radio</label><input type="checkbox"><textarea></textarea>
  <button type="button">button</button><table><tr><td>cell</td></tr></table></main>`;

async function measure(name, url, { throttled, keepBodies }) {
  const browser = await chromium.launch(CHROMIUM);
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    await context.addInitScript(loadProbe);
    const page = await context.newPage();
    const outside = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(url) && !r.url().startsWith('data:')) outside.push(r.url());
    });
    // A first page from the same server (a 404) starts the renderer process, and a little text
    // and a few controls set up fonts and form-control themes, so the measured load counts the
    // page's own work rather than one-time start-up that would fall on whichever page came first.
    await page.goto(`${url}bench-warm-up`);
    await page.setContent(WARM_UP);
    const errors = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    // Failed loads are caught through their responses: the console's copy may still come from the
    // warm-up page.
    page.on('console', (m) => {
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
    });
    const responses = [];
    page.on('response', (r) => (r.ok() ? responses.push(r) : errors.push(`${r.status()} for ${r.url()}`)));
    const cdp = await context.newCDPSession(page);
    if (throttled) await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });

    await page.goto(url, { waitUntil: 'load' });
    await evaluate(cdp, () => window.__bench.ready);
    const trip = await evaluate(cdp, journey, {
      heading: TARGETS[name].heading,
      positions: POSITIONS,
      resultsHeading: RESULTS_HEADING,
    });
    await page.waitForTimeout(200); // let the long-task observer deliver the last entries
    const { marks, longTasks, fcp } = await evaluate(cdp, () => ({
      marks: window.__bench.marks,
      longTasks: window.__bench.longTasks,
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    }));
    if (errors.length) throw new Error(`${name}: page errors: ${errors.join('; ')}`);
    if (outside.length) throw new Error(`${name}: requests beyond the local server: ${outside.join(', ')}`);

    const load = longTasks.filter((t) => t.start < trip.start);
    const during = longTasks.filter((t) => t.start >= trip.start && t.start <= trip.end);
    const tbt = (tasks) => tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
    const longest = (tasks) => tasks.reduce((max, t) => Math.max(max, t.duration), 0);
    const figures = {
      fcp,
      startVisible: marks.startVisible,
      interactive: marks.interactive,
      firstQuestion: marks.firstQuestion,
      journey: trip.end - trip.start,
      slowestAction: trip.slowest,
      loadLongTasks: load.length,
      loadLongestTask: longest(load),
      loadTbt: tbt(load),
      journeyLongTasks: during.length,
      journeyLongestTask: longest(during),
      journeyTbt: tbt(during),
      requests: responses.length,
      items: trip.items,
      actions: trip.actions,
    };
    if (!throttled) {
      await cdp.send('HeapProfiler.collectGarbage');
      figures.jsHeap = (await cdp.send('Runtime.getHeapUsage')).usedSize;
      figures.wasmMemory = await wasmMemory(cdp);
      figures.memory = figures.jsHeap + figures.wasmMemory;
    }
    const bodies = keepBodies
      ? await Promise.all(responses.map(async (r) => [r.url().slice(url.length) || 'index.html', await r.body()]))
      : null;
    const details = { marks, longTasks, slowestAction: trip.slowestWhat };
    return { figures, details, bodies };
  } finally {
    await browser.close();
  }
}

/**
 * Runs `fn(arg)` in the page through CDP and returns its (awaited) value. Unlike page.evaluate and
 * page.waitForFunction, this injects none of Playwright's helper scripts, whose compilation would
 * otherwise show up as long tasks in the page being measured.
 */
async function evaluate(cdp, fn, arg) {
  const call = cdp.send('Runtime.evaluate', {
    expression: `(${fn})(${JSON.stringify(arg ?? null)})`,
    awaitPromise: true,
    returnByValue: true,
  });
  let timer;
  const timeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error('the page did not answer within 60 s')), 60_000);
  });
  try {
    const { result, exceptionDetails } = await Promise.race([call, timeout]);
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value;
  } finally {
    clearTimeout(timer);
  }
}

/** Bytes of every WebAssembly.Memory alive in the page, found through the heap (CDP). */
async function wasmMemory(cdp) {
  const proto = await cdp.send('Runtime.evaluate', { expression: 'WebAssembly.Memory.prototype' });
  const { objects } = await cdp.send('Runtime.queryObjects', { prototypeObjectId: proto.result.objectId });
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: objects.objectId,
    functionDeclaration: 'function () { return this.reduce((sum, m) => sum + m.buffer.byteLength, 0); }',
    returnByValue: true,
  });
  return result.value;
}

// ---------------------------------------------------------------------------------------------
// Sizes, statistics and the report.

function sizes(bodies) {
  const assets = bodies.map(([path, data]) => ({
    path,
    raw: data.length,
    gzip: gzipSync(data, { level: 9 }).length,
    brotli: brotliCompressSync(data, {
      params: {
        [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY,
        [zlib.BROTLI_PARAM_LGWIN]: zlib.BROTLI_MAX_WINDOW_BITS,
        [zlib.BROTLI_PARAM_SIZE_HINT]: data.length,
      },
    }).length,
  }));
  const total = { path: 'total', raw: 0, gzip: 0, brotli: 0 };
  for (const a of assets) for (const k of ['raw', 'gzip', 'brotli']) total[k] += a[k];
  return { assets, total };
}

function stats(values) {
  const v = values.filter((x) => x !== undefined).sort((a, b) => a - b);
  const mid = v.length >> 1;
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v.at(-1), samples: values };
}

const ROWS = [
  ['Load (unthrottled)'],
  ['fcp', 'First contentful paint', 'ms'],
  ['startVisible', 'Start button painted', 'ms'],
  ['interactive', 'First screen interactive', 'ms'],
  ['firstQuestion', 'First question painted', 'ms'],
  ['loadLongTasks', 'Long tasks during load', 'n'],
  ['loadLongestTask', 'Longest task during load', 'ms'],
  ['loadTbt', 'Total blocking time, load', 'ms'],
  ['requests', 'Requests', 'n'],
  ['Journey (unthrottled)'],
  ['journey', 'Journey, first question to results', 'ms'],
  ['slowestAction', 'Slowest action to next paint', 'ms'],
  ['journeyLongTasks', 'Long tasks during journey', 'n'],
  ['journeyLongestTask', 'Longest task during journey', 'ms'],
  ['journeyTbt', 'Total blocking time, journey', 'ms'],
  ['Memory after results (after GC)'],
  ['jsHeap', 'JS heap used', 'KiB'],
  ['wasmMemory', 'Wasm linear memory', 'KiB'],
  ['memory', 'JS heap + wasm memory', 'KiB'],
  [`${THROTTLE}x CPU throttling`],
  ['fcp', 'First contentful paint', 'ms', true],
  ['startVisible', 'Start button painted', 'ms', true],
  ['interactive', 'First screen interactive', 'ms', true],
  ['firstQuestion', 'First question painted', 'ms', true],
  ['loadTbt', 'Total blocking time, load', 'ms', true],
  ['journey', 'Journey, first question to results', 'ms', true],
  ['slowestAction', 'Slowest action to next paint', 'ms', true],
  ['journeyTbt', 'Total blocking time, journey', 'ms', true],
];

const fmt = (x, unit) => {
  if (x === undefined || Number.isNaN(x)) return '-';
  if (unit === 'KiB') return (x / KIB).toFixed(1);
  if (unit === 'n') return String(Math.round(x * 10) / 10);
  return x.toFixed(x >= 100 ? 0 : 1);
};
const span = (s, unit) => `${fmt(s.median, unit)} (${fmt(s.min, unit)}-${fmt(s.max, unit)})`;
const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}x` : a > 0 ? 'n/a' : '-');

function sizeTable(report) {
  const lines = [];
  const cells = (label, [raw, gzip, brotli]) =>
    `${label.padEnd(32)}${raw.padStart(10)}${gzip.padStart(10)}${brotli.padStart(11)}`;
  const head = (label) => cells(label, ['raw', 'gzip -9', 'brotli 11']);
  const row = (a) => cells(`  ${a.path}`, [a.raw, a.gzip, a.brotli].map((n) => fmt(n, 'KiB')));
  for (const name of ['widget', 'baseline']) {
    lines.push(head(`Bytes as served, ${name} (KiB)`));
    for (const a of report.sizes[name].assets) lines.push(row(a));
    lines.push(row(report.sizes[name].total));
  }
  const w = report.sizes.widget.total;
  const b = report.sizes.baseline.total;
  const kinds = ['raw', 'gzip', 'brotli'];
  lines.push(cells('  total widget/baseline', kinds.map((k) => ratio(w[k], b[k]))));
  return lines.join('\n');
}

function figureTable(report) {
  const line = (label, widget, baseline, r) => `${label.padEnd(46)}${widget.padEnd(26)}${baseline.padEnd(26)}${r}`;
  const lines = [line('', 'widget', 'baseline', 'widget/baseline')];
  for (const [key, label, unit, throttled] of ROWS) {
    if (!label) {
      lines.push(key);
      continue;
    }
    const { widget, baseline } = report.figures[throttled ? 'throttled' : 'unthrottled'][key];
    const r = ratio(widget.median, baseline.median);
    lines.push(line(`  ${label} (${unit})`, span(widget, unit), span(baseline, unit), r));
  }
  return lines.join('\n');
}

/** The host page's figures: layout shift per width and Lighthouse, with and without the widget. */
const HOST_VARIANTS = ['none', 'embed', 'iframe'];
const HOST_LABELS = { none: 'page without the widget', embed: 'page with the script-tag embed', iframe: 'page with the iframe' };
const LH_PAGES = {
  'host:none': 'counsellor page, no widget',
  'host:one-file': 'no widget, one empty CSS file',
  'host:embed': 'counsellor page, script-tag embed',
  'host:iframe': 'counsellor page, iframe',
  baseline: 'plain-HTML baseline',
  widget: 'standalone widget page',
};
// The counsellor's page is also measured with the throttling applied to the browser, and its LCP
// is judged on those runs: Lighthouse's simulation counts every file that finished before the
// fast load's first paint as needed for that paint, so one empty stylesheet ('host:one-file',
// the control) already costs more than 1.1x there (bench/README.md).
const LH_APPLIED = ['host:none', 'host:embed', 'host:iframe'];
const applied = (name) => `applied ${name}`;
const LH_ROWS = [
  ['performance', 'Performance score', 'n'],
  ['fcp', 'First contentful paint', 'ms'],
  ['lcp', 'Largest contentful paint', 'ms'],
  ['si', 'Speed index', 'ms'],
  ['tbt', 'Total blocking time', 'ms'],
  ['tti', 'Time to interactive', 'ms'],
  ['cls', 'Cumulative layout shift', 'cls'],
];
const fmtAny = (x, unit) => (unit === 'cls' ? (x === undefined ? '-' : x.toFixed(3)) : fmt(x, unit));
const spanAny = (s, unit) => `${fmtAny(s.median, unit)} (${fmtAny(s.min, unit)}-${fmtAny(s.max, unit)})`;

function shiftTable(report) {
  const lines = [`${'Layout shift until the first screen is drawn'.padEnd(46)}${WIDTHS.map(([w]) => `${w} px`.padEnd(26)).join('')}`];
  for (const variant of HOST_VARIANTS) {
    const cells = WIDTHS.map(([w]) => spanAny(report.layoutShift[variant][w], 'cls').padEnd(26));
    lines.push(`  ${HOST_LABELS[variant].padEnd(44)}${cells.join('')}`);
  }
  return lines.join('\n');
}

function lighthouseTable(report, names) {
  const lines = [`${''.padEnd(28)}${names.map((n) => n.replace('applied ', '').padEnd(24)).join('')}`];
  for (const [key, label, unit] of LH_ROWS) {
    lines.push(`  ${label.padEnd(26)}${names.map((n) => spanAny(report.lighthouse[n][key], unit).padEnd(24)).join('')}`);
  }
  return lines.join('\n');
}

function checkBudgets(report) {
  const un = report.figures.unthrottled;
  const worstJourney = Math.max(...un.journeyLongestTask.widget.samples);
  const memory = un.memory.widget.median;
  const budgets = [];
  for (const variant of ['embed', 'iframe']) {
    for (const [width] of WIDTHS) {
      const s = report.layoutShift[variant][width];
      budgets.push({
        name: `layout shift on the counsellor's page, ${variant === 'embed' ? 'script tag' : 'iframe'}, ${width} px <= ${BUDGETS.layoutShift} (median)`,
        pass: s.median <= BUDGETS.layoutShift,
        actual: `${fmtAny(s.median, 'cls')} (runs ${fmtAny(s.min, 'cls')}-${fmtAny(s.max, 'cls')})`,
      });
    }
  }
  if (report.lighthouse) {
    const lh = report.lighthouse;
    for (const variant of ['embed', 'iframe']) {
      const how = variant === 'embed' ? 'script tag' : 'iframe';
      // The score must hold both ways. LCP is judged on the applied runs, where it is when the
      // page's text appeared; blocking time on the simulated runs, as before (bench/README.md).
      for (const name of [applied(`host:${variant}`), `host:${variant}`]) {
        const page = lh[name];
        const none = lh[name.replace(`host:${variant}`, 'host:none')];
        const method = name.startsWith('applied') ? 'applied' : 'simulated';
        budgets.push({
          name: `Lighthouse (${method}) performance, counsellor's page with the ${how}, within ${BUDGETS.hostScorePoints} points of without (medians)`,
          pass: none.performance.median - page.performance.median <= BUDGETS.hostScorePoints,
          actual: `${page.performance.median} vs ${none.performance.median}`,
        });
        if (method === 'applied') {
          budgets.push({
            name: `Lighthouse (applied) LCP, counsellor's page with the ${how}, <= ${BUDGETS.hostLcpRatio} x without (medians)`,
            pass: page.lcp.median <= BUDGETS.hostLcpRatio * none.lcp.median,
            actual: `${fmt(page.lcp.median, 'ms')} ms vs ${fmt(none.lcp.median, 'ms')} ms = ${ratio(page.lcp.median, none.lcp.median)}`,
          });
        } else {
          budgets.push({
            name: `Lighthouse (simulated) total blocking time, counsellor's page with the ${how}, <= ${BUDGETS.hostTbtMs} ms (median)`,
            pass: page.tbt.median <= BUDGETS.hostTbtMs,
            actual: `${fmt(page.tbt.median, 'ms')} ms (without: ${fmt(none.tbt.median, 'ms')} ms)`,
          });
        }
      }
    }
    const [w, b] = [lh.widget, lh.baseline];
    budgets.push(
      {
        name: `Lighthouse LCP, standalone page, <= ${BUDGETS.lcpRatio} x baseline (medians)`,
        pass: w.lcp.median <= BUDGETS.lcpRatio * b.lcp.median,
        actual: `${fmt(w.lcp.median, 'ms')} ms vs ${fmt(b.lcp.median, 'ms')} ms = ${ratio(w.lcp.median, b.lcp.median)}`,
      },
      {
        name: `Lighthouse time to interactive, standalone page, <= ${BUDGETS.ttiRatio} x baseline (medians)`,
        pass: w.tti.median <= BUDGETS.ttiRatio * b.tti.median,
        actual: `${fmt(w.tti.median, 'ms')} ms vs ${fmt(b.tti.median, 'ms')} ms = ${ratio(w.tti.median, b.tti.median)}`,
      },
    );
  }
  budgets.push(
    {
      name: `no long task over ${BUDGETS.longTaskMs} ms while answering, unthrottled (every run)`,
      pass: worstJourney <= BUDGETS.longTaskMs,
      actual: `longest ${fmt(worstJourney, 'ms')} ms in the journey (0 = none)`,
    },
    {
      name: `JS heap + wasm memory after results <= ${BUDGETS.memoryMiB} MiB (median)`,
      pass: memory <= BUDGETS.memoryMiB * KIB * KIB,
      actual: `${fmt(memory / KIB, 'KiB')} MiB`,
    },
  );
  return budgets;
}

// ---------------------------------------------------------------------------------------------

async function main() {
  const servers = {};
  // The widget's server also serves the counsellor's page in its three forms, under /host/.
  const port = await freePort();
  const hostDir = writeHostPages(`http://127.0.0.1:${port}`);
  writeLargestPages(hostDir);
  servers.widget = await serve(TARGETS.widget.dir, { port, extra: hostDir });
  servers.baseline = await serve(TARGETS.baseline.dir);
  if (lighthouseRuns > 0) await ensureLighthouse();
  try {
    const probe = await chromium.launch(CHROMIUM);
    const chromiumVersion = probe.version();
    await probe.close();
    console.log(`Benchmarking ${runs} interleaved runs in Chromium ${chromiumVersion} on ${cpus().length} CPUs`);
    const samples = { unthrottled: { widget: [], baseline: [] }, throttled: { widget: [], baseline: [] } };
    const details = { unthrottled: { widget: [], baseline: [] }, throttled: { widget: [], baseline: [] } };
    const bodies = {};
    // One discarded warm-up of each, so disk caches and the first Chromium start do not count.
    for (const name of Object.keys(TARGETS)) {
      bodies[name] = (await measure(name, servers[name].url, { keepBodies: true })).bodies;
    }

    for (let run = 0; run < runs; run += 1) {
      // Alternate which goes first, so any drift over time falls on both alike.
      const order = run % 2 ? ['baseline', 'widget'] : ['widget', 'baseline'];
      for (const throttled of [false, true]) {
        for (const name of order) {
          const mode = throttled ? 'throttled' : 'unthrottled';
          const measured = await measure(name, servers[name].url, { throttled });
          samples[mode][name].push(measured.figures);
          details[mode][name].push(measured.details);
        }
      }
      process.stdout.write(`  run ${run + 1}/${runs} done\n`);
    }

    // The counsellor's page: layout shift in Chromium at both widths, the three forms of the page
    // interleaved, the order turning each run.
    const host = (variant) => `${servers.widget.url}host/${variant}.html`;
    const shifts = Object.fromEntries(HOST_VARIANTS.map((v) => [v, Object.fromEntries(WIDTHS.map(([w]) => [w, []]))]));
    const shiftDetails = structuredClone(shifts);
    const browser = await launch();
    try {
      for (let run = 0; run < runs; run += 1) {
        const order = [...HOST_VARIANTS.slice(run % 3), ...HOST_VARIANTS.slice(0, run % 3)];
        for (const size of WIDTHS) {
          for (const variant of order) {
            const shift = await layoutShift(browser, host(variant), variant, size);
            shifts[variant][size[0]].push(shift.total);
            shiftDetails[variant][size[0]].push(shift.entries);
          }
        }
        process.stdout.write(`  layout shift run ${run + 1}/${runs} done\n`);
      }
    } finally {
      await browser.close();
    }

    // Lighthouse, every page and way interleaved, the order turning each run.
    const lhPages = {
      'host:none': [host('none'), 'simulated'],
      'host:one-file': [host('one-file'), 'simulated'],
      'host:embed': [host('embed'), 'simulated'],
      'host:iframe': [host('iframe'), 'simulated'],
      baseline: [servers.baseline.url, 'simulated'],
      widget: [servers.widget.url, 'simulated'],
      ...Object.fromEntries(LH_APPLIED.map((name) => [applied(name), [host(name.slice('host:'.length)), 'applied']])),
    };
    const lhSamples = Object.fromEntries(Object.keys(lhPages).map((n) => [n, []]));
    const names = Object.keys(lhPages);
    for (let run = 0; run < lighthouseRuns; run += 1) {
      const order = [...names.slice(run % names.length), ...names.slice(0, run % names.length)];
      for (const name of order) lhSamples[name].push(await lighthouse(...lhPages[name]));
      process.stdout.write(`  Lighthouse run ${run + 1}/${lighthouseRuns} done\n`);
    }

    // On a slow phone (bench/slow-phone.mjs): the first question against the baseline, and the
    // page whose largest element is the check-in.
    const slowPhone = await firstQuestion({
      widgetUrl: servers.widget.url,
      baselineUrl: servers.baseline.url,
      runs,
      log: (line) => process.stdout.write(`${line}\n`),
    });
    const largest = lighthouseRuns > 0
      ? await largestLcp({ hostUrl: `${servers.widget.url}host/`, runs: lighthouseRuns, log: (line) => process.stdout.write(`${line}\n`) })
      : null;

    const report = {
      date: new Date().toISOString(),
      slowPhone,
      largest,
      runs,
      machine: {
        cpus: cpus().length,
        cpuModel: cpus()[0]?.model,
        memoryGiB: Math.round(totalmem() / KIB ** 3),
        chromium: chromiumVersion,
        node: process.version,
        platform: `${process.platform} ${process.arch}`,
      },
      throttleRate: THROTTLE,
      positions: POSITIONS,
      sizes: { widget: sizes(bodies.widget), baseline: sizes(bodies.baseline) },
      figures: {},
      layoutShift: {},
      lighthouse: null,
      details: { ...details, layoutShift: shiftDetails, lighthouse: lhSamples },
    };
    for (const variant of HOST_VARIANTS) {
      report.layoutShift[variant] = {};
      for (const [w] of WIDTHS) report.layoutShift[variant][w] = stats(shifts[variant][w]);
    }
    if (lighthouseRuns > 0) {
      report.lighthouseVersion = '12.2.3';
      report.lighthouse = {};
      for (const [name, list] of Object.entries(lhSamples)) {
        report.lighthouse[name] = {};
        for (const [key] of LH_ROWS) report.lighthouse[name][key] = stats(list.map((f) => f[key]));
      }
    }
    for (const [mode, byTarget] of Object.entries(samples)) {
      report.figures[mode] = {};
      for (const key of Object.keys(byTarget.widget[0])) {
        const widget = stats(byTarget.widget.map((f) => f[key]));
        const baseline = stats(byTarget.baseline.map((f) => f[key]));
        const r = baseline.median > 0 ? widget.median / baseline.median : null;
        report.figures[mode][key] = { widget, baseline, ratio: r };
      }
    }
    const all = Object.values(samples).flatMap((t) => [...t.widget, ...t.baseline]);
    const answered = new Set(all.map((f) => f.items));
    if (answered.size !== 1) throw new Error(`the journeys answered different numbers of items: ${[...answered]}`);

    console.log(`\n${sizeTable(report)}\n`);
    console.log(`Medians (min-max) of ${runs} runs; times in ms since navigation start\n${figureTable(report)}\n`);
    console.log(`Medians (min-max) of ${runs} runs, Chromium\n${shiftTable(report)}\n`);
    if (report.lighthouse) {
      console.log(`Lighthouse 12.2.3, mobile, simulated throttling (its default), medians (min-max) of ${lighthouseRuns} runs\n${lighthouseTable(report, Object.keys(LH_PAGES))}\n`);
      console.log(`Lighthouse 12.2.3, mobile, throttling applied to the browser, medians (min-max) of ${lighthouseRuns} runs\n${lighthouseTable(report, LH_APPLIED.map(applied))}\n`);
    }
    console.log(`On a slow phone: medians (min-max) of ${runs} runs, ms since navigation\n${slowTable(slowPhone)}\n`);
    report.budgets = [...checkBudgets(report), ...slowBudgets(slowPhone, largest)];
    writeFileSync(new URL('results.json', import.meta.url), `${JSON.stringify(report, null, 2)}\n`);
    console.log('Budgets');
    for (const b of report.budgets) console.log(`  ${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.actual}`);
    if (report.lighthouse) {
      const lh = report.lighthouse;
      const none = lh['host:none'].lcp.median;
      const versus = (name) => `${fmt(lh[name].lcp.median, 'ms')} ms = ${ratio(lh[name].lcp.median, none)}`;
      console.log(`Not a budget: Lighthouse (simulated) LCP against the page without the widget (${fmt(none, 'ms')} ms): script tag ${versus('host:embed')}, iframe ${versus('host:iframe')}, one empty CSS file ${versus('host:one-file')}`);
    }
    console.log('\nWrote bench/results.json');
    if (report.budgets.some((b) => !b.pass)) process.exitCode = 1;
  } finally {
    for (const s of Object.values(servers)) s.stop();
    rmSync(hostDir, { recursive: true, force: true });
  }
}

await main();
