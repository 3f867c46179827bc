// One measurement of the benchmark: a fresh browser (no caches, no compiled-code reuse), load,
// journey, memory; with the CPU slowed or not (bench/run.mjs runs it, alternating).
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { journey, loadProbe } from './probes.mjs';

/** How much slower the CPU is in the throttled runs. */
export const THROTTLE = 4;
const RESULTS_HEADING = 'Your check-in';
/** The browser every run starts. */
export const CHROMIUM = {
  executablePath: CHROMIUM_PATH,
  // The end-to-end tests' flags, and more for timing.
  args: [
    ...CHROMIUM_ARGS,
    // Any host but 127.0.0.1 fails to resolve, so nothing can leave the machine. (Playwright's
    // request routing would do the same but delays every request through Node, skewing timings.)
    '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
  ],
};

/** What is measured: the widget's page (from `dist`, or another build) and the baseline. */
export function targets(dist = 'dist') {
  return {
    widget: { dir: dist, heading: '#mp-step-heading' },
    baseline: { dir: 'bench/baseline', heading: 'form > section:not([hidden]) h2' },
  };
}
// The same answers in both: every position on the scale, "prefer not to say" now and then.
export const POSITIONS = [3, 1, 4, 0, 2, 5, 3, 2, 4];

const WARM_UP = `<main style="font-family: system-ui, sans-serif"><h2>Warm-up</h2><p>Text <b>bold</b></p>
  <label><input type="radio" name="r"> radio</label><input type="checkbox"><textarea></textarea>
  <button type="button">button</button><table><tr><td>cell</td></tr></table></main>`;

/**
 * One measurement of the page at `url` (`name`: widget or baseline, whose step heading is
 * `heading`) in a fresh browser: load, journey, memory (unthrottled), and the bodies served
 * when `keepBodies`.
 */
export async function measure(name, url, { heading, throttled, keepBodies }) {
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
      heading,
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
