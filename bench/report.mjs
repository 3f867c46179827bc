// The benchmark's report: sizes, statistics, the tables it prints and its budgets, from the
// figures bench/run.mjs gathers.
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';
import { THROTTLE } from './measure.mjs';
import { WIDTHS } from './pages.mjs';

export const KIB = 1024;
/** The benchmark's budgets (bench/README.md, "Budgets"). */
export const BUDGETS = {
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

export function sizes(bodies) {
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

export function stats(values) {
  const v = values.filter((x) => x !== undefined).sort((a, b) => a - b);
  const mid = v.length >> 1;
  const median = v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  return { median, min: v[0], max: v.at(-1), samples: values };
}

export const ROWS = [
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

export const fmt = (x, unit) => {
  if (x === undefined || Number.isNaN(x)) return '-';
  if (unit === 'KiB') return (x / KIB).toFixed(1);
  if (unit === 'n') return String(Math.round(x * 10) / 10);
  return x.toFixed(x >= 100 ? 0 : 1);
};
export const span = (s, unit) => `${fmt(s.median, unit)} (${fmt(s.min, unit)}-${fmt(s.max, unit)})`;
export const ratio = (a, b) => (b > 0 ? `${(a / b).toFixed(2)}x` : a > 0 ? 'n/a' : '-');

export function sizeTable(report) {
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

export function figureTable(report) {
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
export const HOST_VARIANTS = ['none', 'embed', 'iframe'];
export const HOST_LABELS = { none: 'page without the widget', embed: 'page with the script-tag embed', iframe: 'page with the iframe' };
export const LH_PAGES = {
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
export const LH_APPLIED = ['host:none', 'host:embed', 'host:iframe'];
export const applied = (name) => `applied ${name}`;
export const LH_ROWS = [
  ['performance', 'Performance score', 'n'],
  ['fcp', 'First contentful paint', 'ms'],
  ['lcp', 'Largest contentful paint', 'ms'],
  ['si', 'Speed index', 'ms'],
  ['tbt', 'Total blocking time', 'ms'],
  ['tti', 'Time to interactive', 'ms'],
  ['cls', 'Cumulative layout shift', 'cls'],
];
export const fmtAny = (x, unit) => (unit === 'cls' ? (x === undefined ? '-' : x.toFixed(3)) : fmt(x, unit));
export const spanAny = (s, unit) => `${fmtAny(s.median, unit)} (${fmtAny(s.min, unit)}-${fmtAny(s.max, unit)})`;

export function shiftTable(report) {
  const lines = [`${'Layout shift until the first screen is drawn'.padEnd(46)}${WIDTHS.map(([w]) => `${w} px`.padEnd(26)).join('')}`];
  for (const variant of HOST_VARIANTS) {
    const cells = WIDTHS.map(([w]) => spanAny(report.layoutShift[variant][w], 'cls').padEnd(26));
    lines.push(`  ${HOST_LABELS[variant].padEnd(44)}${cells.join('')}`);
  }
  return lines.join('\n');
}

export function lighthouseTable(report, names) {
  const lines = [`${''.padEnd(28)}${names.map((n) => n.replace('applied ', '').padEnd(24)).join('')}`];
  for (const [key, label, unit] of LH_ROWS) {
    lines.push(`  ${label.padEnd(26)}${names.map((n) => spanAny(report.lighthouse[n][key], unit).padEnd(24)).join('')}`);
  }
  return lines.join('\n');
}

export function checkBudgets(report) {
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
