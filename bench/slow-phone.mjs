// The benchmark's slow-phone scenarios (bench/README.md, "On a slow phone"):
//
// - **First question on a slow phone.** The plain-HTML baseline (bench/baseline) and the widget's
//   own page, alternating in one run, each in a fresh browser with the network and the CPU slowed
//   through the DevTools protocol (slow 3G: 400 kbit/s, 400 ms round trip; slow 4G: 1.6 Mbit/s,
//   150 ms; the CPU 4x slower in both). "Start the check-in" is pressed the moment it is painted
//   (and again once the page has loaded, where the page could not handle it yet); the figures
//   are when it was painted ("Start visible") and when the first question's radio buttons were
//   painted after the press ("first question shown"), in ms since navigation.
// - **The check-in as the page's largest element.** A counsellor's page whose largest element is
//   the check-in (bench/host/largest.html, with the script-tag embed), and the same page without
//   the widget, measured with Lighthouse's default mobile settings (simulated throttling): the
//   largest contentful paint of each.
//
// Used by run.mjs; on its own: node bench/slow-phone.mjs [--runs N] [--lighthouse-runs M]
// (against the dist/ already built; exits non-zero when a budget fails).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../scripts/chromium.mjs';
import { snippet, withWidget } from '../e2e/hosts/snippet.mjs';
import { ensureLighthouse, lighthouse } from './pages.mjs';
import { serve } from './serve.mjs';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The slowed phones: network as the DevTools protocol emulates it, and the CPU slowed 4x. */
export const PROFILES = {
  'slow 3G': { latency: 400, kbits: 400, cpu: 4 },
  'slow 4G': { latency: 150, kbits: 1600, cpu: 4 },
};

/** Budgets: the widget's medians at most these times the baseline's (LCP: the page without it). */
export const SLOW_BUDGETS = {
  startVisible: { 'slow 3G': 1.1, 'slow 4G': 1.1 },
  firstQuestion: { 'slow 3G': 1.5, 'slow 4G': 1.2 },
  largestLcp: 1.1,
};

/**
 * Injected before any page script: presses "Start the check-in" once it is painted (it has a
 * box, is visible, and a frame with it has been drawn), and notes when that was and when a radio
 * button of the first question was painted after the press. Looks into Shadow DOM roots, which
 * the bench opens (see `openShadowRoots`).
 */
function probe() {
  const found = { start: null, question: null };
  window.__slow = found;
  const roots = () => {
    const all = [document];
    for (const host of document.querySelectorAll('[data-missing-pieces-shown], [data-missing-pieces]')) {
      if (host.shadowRoot) all.push(host.shadowRoot);
    }
    return all;
  };
  const visible = (el) => {
    if (!el) return false;
    const box = el.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && (el.checkVisibility?.({ visibilityProperty: true }) ?? true);
  };
  const painted = (then) => requestAnimationFrame(() => setTimeout(then));
  let pressed = false;
  const start = () => {
    for (const root of roots()) {
      const button = [...root.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Start the check-in');
      if (visible(button)) return button;
    }
    return null;
  };
  const look = () => {
    if (!pressed) {
      if (start()) {
        pressed = true;
        painted(() => {
          found.start = performance.now();
          // The button on screen now: a page may have drawn its screen again since.
          start()?.click();
          requestAnimationFrame(look);
        });
        return;
      }
    } else if (found.start !== null && found.question === null) {
      for (const root of roots()) {
        if (visible(root.querySelector('input[type=radio]'))) {
          const seen = performance.now();
          painted(() => {
            found.question = found.question ?? seen;
          });
          return;
        }
      }
    }
    if (found.question === null) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  // A press the page could not handle yet (its script had not run; the baseline's, for one) is
  // made again once the page has parsed, loaded and gone idle, as run.mjs does. The widget's page
  // keeps an early press itself (first-paint.js).
  const again = () => {
    if (found.start !== null && found.question === null) start()?.click();
  };
  document.addEventListener('DOMContentLoaded', () => setTimeout(again));
  addEventListener('load', () => {
    setTimeout(again);
    requestIdleCallback(again);
  });
}

function openShadowRoots() {
  const attach = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function attachShadow(init) {
    return attach.call(this, { ...init, mode: 'open' });
  };
}

/** One load of `url` on the `profile` phone, in a fresh browser: the probe's two times. */
async function loadOnce(url, profile) {
  const browser = await chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    await context.addInitScript(openShadowRoots);
    await context.addInitScript(probe);
    const page = await context.newPage();
    const logged = [];
    page.on('console', (message) => ['error', 'warning'].includes(message.type()) && logged.push(message.text()));
    page.on('pageerror', (error) => logged.push(String(error)));
    // The renderer started before the measured load, as in run.mjs.
    await page.goto(new URL('/nothing-here', url).href);
    const cdp = await context.newCDPSession(page);
    const bytesPerSecond = (profile.kbits * 1000) / 8;
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: profile.latency,
      downloadThroughput: bytesPerSecond,
      uploadThroughput: bytesPerSecond,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpu });
    await page.goto(url, { waitUntil: 'commit' });
    const deadline = Date.now() + 60_000;
    for (;;) {
      const { result } = await cdp.send('Runtime.evaluate', { expression: 'JSON.stringify(window.__slow)', returnByValue: true });
      const found = JSON.parse(result.value ?? 'null');
      if (found?.question != null) {
        if (logged.some((line) => !line.includes('404'))) throw new Error(`${url} logged: ${logged.join(' | ')}`);
        return found;
      }
      if (Date.now() > deadline) {
        const state = await cdp.send('Runtime.evaluate', {
          expression: "JSON.stringify([document.documentElement.className, document.querySelector('#mp-step-heading')?.textContent, document.querySelectorAll('input[type=radio]').length])",
          returnByValue: true,
        });
        throw new Error(`${url}: no first question within 60 s (${result.value}; page: ${state.result.value}; logged: ${logged.join(' | ')})`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await browser.close();
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const summary = (values) => ({ median: median(values), min: Math.min(...values), max: Math.max(...values), samples: values });

/**
 * The first-question scenario: `runs` loads of each page on each profile, the baseline and the
 * widget alternating (which goes first turns each run). Returns the figures by profile.
 */
export async function firstQuestion({ widgetUrl, baselineUrl, runs, log = () => {} }) {
  const figures = {};
  for (const [name, profile] of Object.entries(PROFILES)) {
    const samples = { widget: [], baseline: [] };
    for (let run = 0; run < runs; run += 1) {
      const order = run % 2 ? ['baseline', 'widget'] : ['widget', 'baseline'];
      for (const which of order) samples[which].push(await loadOnce(which === 'widget' ? widgetUrl : baselineUrl, profile));
      log(`  ${name} run ${run + 1}/${runs} done`);
    }
    figures[name] = {};
    for (const which of ['widget', 'baseline']) {
      figures[name][which] = {
        startVisible: summary(samples[which].map((s) => s.start)),
        firstQuestion: summary(samples[which].map((s) => s.question)),
      };
    }
  }
  return figures;
}

/**
 * Writes the counsellor's page whose largest element is the check-in (bench/host/largest.html,
 * with the script-tag code of e2e/hosts/counsellor.html) with the widget and without it into
 * `dir` (served under /host/).
 */
export function writeLargestPages(dir) {
  const page = readFileSync(join(ROOT, 'bench/host/largest.html'), 'utf8');
  writeFileSync(join(dir, 'largest.html'), withWidget(page, snippet()));
  writeFileSync(join(dir, 'largest-none.html'), withWidget(page, ''));
}

/** The check-in as the largest element: `runs` Lighthouse runs of each page, alternating. */
export async function largestLcp({ hostUrl, runs, log = () => {} }) {
  await ensureLighthouse();
  const samples = { widget: [], none: [] };
  const elements = { widget: new Set(), none: new Set() };
  for (let run = 0; run < runs; run += 1) {
    const order = run % 2 ? ['none', 'widget'] : ['widget', 'none'];
    for (const which of order) {
      const result = await lighthouse(`${hostUrl}${which === 'widget' ? 'largest.html' : 'largest-none.html'}`);
      samples[which].push(result.lcp);
      elements[which].add(result.lcpElement);
    }
    log(`  Lighthouse (largest element) run ${run + 1}/${runs} done`);
  }
  return {
    widget: { ...summary(samples.widget), elements: [...elements.widget] },
    none: { ...summary(samples.none), elements: [...elements.none] },
  };
}

const fmt = (x) => (x >= 100 ? Math.round(x).toLocaleString('en') : x.toFixed(1));
const ratio = (a, b) => `${(a / b).toFixed(2)}x`;

/** The budgets of these scenarios, as run.mjs lists them. */
export function slowBudgets(slow, largest) {
  const budgets = [];
  for (const [name, byPage] of Object.entries(slow ?? {})) {
    for (const [key, label] of [['startVisible', 'Start visible'], ['firstQuestion', 'first question shown']]) {
      const [w, b] = [byPage.widget[key].median, byPage.baseline[key].median];
      const most = SLOW_BUDGETS[key][name];
      budgets.push({
        name: `${name}, CPU 4x: ${label} <= ${most} x baseline (medians)`,
        pass: w <= most * b,
        actual: `${fmt(w)} ms vs ${fmt(b)} ms = ${ratio(w, b)}`,
      });
    }
  }
  if (largest) {
    const [w, n] = [largest.widget.median, largest.none.median];
    budgets.push({
      name: `Lighthouse (simulated) LCP, page whose largest element is the check-in, <= ${SLOW_BUDGETS.largestLcp} x without (medians)`,
      pass: w <= SLOW_BUDGETS.largestLcp * n,
      actual: `${fmt(w)} ms vs ${fmt(n)} ms = ${ratio(w, n)}`,
    });
  }
  return budgets;
}

/** The scenario's figures as a table. */
export function slowTable(slow) {
  const lines = ['| profile | Start visible (baseline vs widget) | first question shown (baseline vs widget) |', '|---|---|---|'];
  for (const [name, byPage] of Object.entries(slow)) {
    const cell = (key) => {
      const [b, w] = [byPage.baseline[key], byPage.widget[key]];
      return `${fmt(b.median)} ms vs ${fmt(w.median)} ms (${fmt(w.min)}-${fmt(w.max)}) = ${ratio(w.median, b.median)}`;
    };
    lines.push(`| ${name}, CPU 4x | ${cell('startVisible')} | ${cell('firstQuestion')} |`);
  }
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// On its own: serve dist/ and bench/baseline/, run both scenarios, print and check.

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const arg = (name, fallback) => {
    const i = process.argv.indexOf(name);
    return i === -1 ? fallback : Number(process.argv[i + 1]);
  };
  const runs = arg('--runs', 5);
  const lighthouseRuns = arg('--lighthouse-runs', 5);
  const hostDir = join(tmpdir(), `missing-pieces-slow-${process.pid}`);
  rmSync(hostDir, { recursive: true, force: true });
  mkdirSync(hostDir);
  writeLargestPages(hostDir);
  const widget = await serve(join(ROOT, 'dist'), { extra: hostDir });
  const baseline = await serve(join(ROOT, 'bench/baseline'));
  try {
    const log = (line) => console.log(line);
    const slow = runs > 0 ? await firstQuestion({ widgetUrl: widget.url, baselineUrl: baseline.url, runs, log }) : null;
    const largest = lighthouseRuns > 0 ? await largestLcp({ hostUrl: `${widget.url}host/`, runs: lighthouseRuns, log }) : null;
    if (slow) console.log(`\nMedians (min-max) of ${runs} runs, ms since navigation\n${slowTable(slow)}`);
    if (largest) {
      const element = (found) => (found.elements.some(Boolean) ? `, largest element ${found.elements.join(' | ')}` : '');
      console.log(`\nLighthouse (simulated) LCP, medians of ${lighthouseRuns}: with the widget ${fmt(largest.widget.median)} ms (${fmt(largest.widget.min)}-${fmt(largest.widget.max)})${element(largest.widget)}`);
      console.log(`  without: ${fmt(largest.none.median)} ms (${fmt(largest.none.min)}-${fmt(largest.none.max)})${element(largest.none)}`);
    }
    const budgets = slowBudgets(slow, largest);
    console.log('\nBudgets');
    for (const b of budgets) console.log(`  ${b.pass ? 'PASS' : 'FAIL'}  ${b.name}: ${b.actual}`);
    writeFileSync(join(ROOT, 'bench/slow-phone-results.json'), `${JSON.stringify({ date: new Date().toISOString(), runs, lighthouseRuns, slow, largest, budgets }, null, 2)}\n`);
    if (budgets.some((b) => !b.pass)) process.exitCode = 1;
  } finally {
    widget.stop();
    baseline.stop();
    rmSync(hostDir, { recursive: true, force: true });
  }
}
