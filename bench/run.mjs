// Benchmarks the release widget (dist/) against the hand-written baseline (bench/baseline/): bytes,
// time to the first interactive screen and first question, a full journey, long tasks, memory, and
// the same timings under 4x CPU throttling; then, on a counsellor's page (bench/host/), how far the
// widget moves the page while it starts, and Lighthouse's mobile figures side by side
// (bench/pages.mjs). Prints medians (min-max), writes bench/results.json and exits non-zero if a
// budget fails. See bench/README.md.
//
// Usage: node bench/run.mjs [--runs N] [--lighthouse-runs M] [--dist DIR]
//   (build dist/ first; scripts/bench.sh does both)
import { rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { chromium } from 'playwright-core';
import { CHROMIUM, POSITIONS, THROTTLE, measure, targets } from './measure.mjs';
import { WIDTHS, ensureLighthouse, launch, layoutShift, lighthouse, writeHostPages } from './pages.mjs';
import {
  HOST_VARIANTS, KIB, LH_APPLIED, LH_PAGES, LH_ROWS, applied, checkBudgets, figureTable, fmt,
  lighthouseTable, ratio, shiftTable, sizeTable, sizes, stats,
} from './report.mjs';
import { freePort, serve } from './serve.mjs';
import { firstQuestion, largestLcp, slowBudgets, slowTable, writeLargestPages } from './slow-phone.mjs';

const runs = Number(argValue('--runs') ?? 7);
if (!Number.isInteger(runs) || runs < 1) throw new Error('--runs wants a whole number of at least 1');
const lighthouseRuns = Number(argValue('--lighthouse-runs') ?? 5);
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 0) throw new Error('--lighthouse-runs wants a whole number');
// --dist: another build to measure, such as an earlier one, side by side with this one.
const TARGETS = targets(argValue('--dist'));

function argValue(name) {
  const i = process.argv.indexOf(name);
  return i === -1 ? undefined : process.argv[i + 1];
}

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
      bodies[name] = (await measure(name, servers[name].url, { heading: TARGETS[name].heading, keepBodies: true })).bodies;
    }

    for (let run = 0; run < runs; run += 1) {
      // Alternate which goes first, so any drift over time falls on both alike.
      const order = run % 2 ? ['baseline', 'widget'] : ['widget', 'baseline'];
      for (const throttled of [false, true]) {
        for (const name of order) {
          const mode = throttled ? 'throttled' : 'unthrottled';
          const measured = await measure(name, servers[name].url, { heading: TARGETS[name].heading, throttled });
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
