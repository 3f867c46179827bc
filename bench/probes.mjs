// In-page probes of the benchmark, injected into or run in the measured pages (bench/measure.mjs).
// Times are performance.now(), i.e. milliseconds since navigation start.

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
export function loadProbe() {
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
export async function journey({ heading, positions, resultsHeading }) {
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
    // Each control is found again when it is used: the widget may have drawn its own step in
    // place of the first step as HTML since the last look (it keeps what was answered there).
    for (const name of groups().map((group) => group[0].name)) {
      const at = positions[items % positions.length];
      items += 1;
      const radio = () => groups().find((group) => group[0].name === name)?.[at];
      await act(`answer ${name}`, () => radio().click(), () => radio()?.checked);
    }
    if (!button('Next')) throw new Error(`no Next button on "${headingText()}"`);
    const before = headingText();
    await act(`the step after "${before}"`, () => button('Next').click(), () => headingText() !== before);
  }
  throw new Error('never reached "See my results"');
}
