// The plugin's settings page: a preview of the check-in with the settings in the form, rebuilt as
// the counsellor types (before they save), by the widget itself. Its "Note for the site owner"
// gives the widget's own checks and words; saving checks the same rules again on the server.
// Nothing is sent anywhere.
import { areasSetting, livePreview, questionsSetting } from './widget/live-preview.js';

const form = document.querySelector('.missing-pieces-settings form');
const container = document.getElementById('missing-pieces-preview');
const status = document.getElementById('missing-pieces-preview-status');

if (form && container && status) {
  const option = form.dataset.option;
  /** The widget's data- attribute for each text setting, by the plugin's key (from PHP). */
  const textAttributes = JSON.parse(form.dataset.textAttributes);
  const field = (name) => form.elements.namedItem(`${option}${name}`);
  const text = (name) => {
    const input = field(name);
    return input && 'value' in input ? input.value.replace(/\r\n?/g, '\n').trim() : '';
  };
  const ticked = (name) => Boolean(field(name)?.checked);

  /** The form as the widget's `[data- name, value]` pairs, as the page will give them once saved. */
  const pairs = () => {
    const out = [];
    for (const [key, name] of Object.entries(textAttributes)) {
      const value = text(`[${key}]`);
      if (value) out.push([name, value]);
    }
    const help = [];
    for (let row = 0; field(`[urgent_help][${row}][name]`); row += 1) {
      const entry = {};
      for (const part of ['name', 'phone', 'text', 'url', 'hours']) {
        const value = text(`[urgent_help][${row}][${part}]`);
        if (value) entry[part] = value;
      }
      if (Object.keys(entry).length > 0) help.push(entry);
    }
    if (help.length > 0) out.push(['urgent-help', JSON.stringify(help)]);
    if (!ticked('[reflections]')) out.push(['reflections', 'off']);
    if (!ticked('[offer_saving]')) out.push(['saving', 'off']);
    const areas = areasSetting([...form.querySelectorAll(`input[name="${option}[areas][]"]`)]);
    if (areas) out.push(['areas', areas]);
    const questions = [];
    for (let n = 0; field(`[questions][${n}]`); n += 1) {
      const others = {};
      for (const input of form.querySelectorAll(`input[name^="${option}[question_translations][${n}]["]`)) {
        if (input.value.trim()) others[input.name.match(/\[([\w-]+)\]$/)[1]] = input.value.trim();
      }
      questions.push({ text: text(`[questions][${n}]`), others });
    }
    // As the plugin writes them on a page (missing_pieces_attributes()).
    const own = questionsSetting(questions, text('[language]') || 'en');
    if (own) out.push(['questions', own]);
    return out;
  };

  const preview = livePreview(container, (state) => {
    if (state === 'shown') status.textContent = '';
    if (state === 'failed') status.textContent = container.dataset.failed;
  });
  const update = () => preview.show(pairs());
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  update();
}

// "Check my site": loads the check-in's files and the page with the check-in the way a visitor's
// browser does (without the counsellor's login), and says what would stop the check-in: files
// missing, the .wasm file sent with another type than application/wasm, a Content-Security-Policy
// without 'wasm-unsafe-eval', or a page whose script or settings were changed on the way. Only
// this site is asked; nothing is changed.
const check = document.querySelector('.missing-pieces-check');
if (check) {
  /** Plain words from PHP, in the page's language, with %s and %1$s for the values. */
  const messages = JSON.parse(check.dataset.messages);
  const button = document.getElementById('missing-pieces-check');
  const summary = document.getElementById('missing-pieces-check-summary');
  const results = document.getElementById('missing-pieces-check-results');
  /** What a visitor's page loads after embed.js (scripts/package.mjs ships them in widget/). */
  const FILES = ['embed.css', 'shadow-host.js', 'first-screens.js', 'cannot-start.js', 'missing-pieces.js', 'missing-pieces_bg.wasm', 'widget.css'];
  const WASM_EVAL = "'wasm-unsafe-eval'";

  /**
   * One result line: `message` with its placeholders filled by `values` (text, or `{ code }` for
   * something to type), as text only.
   */
  const say = (ok, message, ...values) => {
    const item = document.createElement('li');
    item.className = ok ? 'missing-pieces-check-ok' : 'missing-pieces-check-problem';
    let next = 0;
    for (const part of message.split(/(%(?:\d+\$)?s)/)) {
      const placeholder = part.match(/^%(?:(\d+)\$)?s$/);
      if (!placeholder) {
        item.append(part);
        continue;
      }
      const value = values[placeholder[1] ? Number(placeholder[1]) - 1 : next++];
      if (value && typeof value === 'object') {
        const code = document.createElement('code');
        code.textContent = value.code;
        item.append(code);
      } else {
        item.append(String(value));
      }
    }
    results.append(item);
    return ok;
  };

  /** As a visitor's browser would ask: no login cookie, nothing from the cache. */
  const load = (url) => fetch(url, { credentials: 'omit', cache: 'no-store', redirect: 'follow' });

  /** Whether a Content-Security-Policy lets the page compile WebAssembly. */
  const allowsWasm = (policy) => {
    const directives = new Map();
    for (const directive of policy.split(';')) {
      const [name, ...sources] = directive.trim().split(/\s+/);
      if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources.map((s) => s.toLowerCase()));
    }
    const sources = directives.get('script-src') ?? directives.get('default-src');
    return !sources || sources.includes(WASM_EVAL) || sources.includes("'unsafe-eval'");
  };

  const checkFiles = async () => {
    const base = check.dataset.widget;
    const embed = await load(`${base}embed.js`);
    const text = embed.ok ? await embed.text() : '';
    // The release that embed.js names its files with (scripts/release-names.mjs).
    const release = text.match(/\?v=([\w.-]+)'/)?.[1];
    /** Each file that did not load, with what the server answered. */
    const missing = [];
    const answer = (response) => `${response.status} ${response.statusText}`.trim();
    if (!embed.ok) missing.push(['embed.js', answer(embed)]);
    let wasm;
    for (const name of FILES) {
      try {
        const response = await load(`${base}${name}${release && name !== 'embed.css' ? `?v=${release}` : ''}`);
        if (!response.ok) missing.push([name, answer(response)]);
        if (name.endsWith('.wasm')) wasm = response;
      } catch (error) {
        // No answer at all (the connection failed).
        missing.push([name, error instanceof Error ? error.message : String(error)]);
      }
    }
    let ok = true;
    for (const [name, said] of missing) ok = say(false, messages.fileMissing, { code: name }, said);
    if (missing.length > 0) say(false, messages.filesFix);
    else say(true, messages.filesOk);
    if (wasm?.ok) {
      const type = (wasm.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();
      if (type === 'application/wasm') say(true, messages.wasmOk);
      else {
        ok = say(false, messages.wasmType, type || '?');
        say(false, messages.wasmFix, { code: 'AddType application/wasm .wasm' }, { code: 'application/wasm wasm;' });
      }
    }
    return ok;
  };

  const checkPage = async () => {
    const url = check.dataset.page;
    const title = check.dataset.pageTitle;
    const response = await load(url);
    const html = await response.text();
    let ok = true;
    if (title) {
      const whole = html.includes('/widget/embed.js') && html.includes('data-missing-pieces-settings');
      ok = say(whole, whole ? messages.pageOk : messages.pageChanged, title);
    } else {
      say(true, messages.noPage);
    }
    // The rule may come as a header (one or more policies) or in the page itself.
    const policies = (response.headers.get('content-security-policy') ?? '').split(',').filter((p) => p.trim());
    const page = new DOMParser().parseFromString(html, 'text/html');
    for (const meta of page.querySelectorAll('meta[http-equiv="Content-Security-Policy" i]')) policies.push(meta.content);
    if (policies.length === 0) say(true, messages.cspNone, url);
    else if (policies.every(allowsWasm)) say(true, messages.cspOk, url);
    else {
      ok = say(false, messages.cspBlocks, url, { code: WASM_EVAL });
      say(false, messages.cspFix, { code: WASM_EVAL });
    }
    return ok;
  };

  // The button works once this script has run (it is disabled in the page until then).
  button.disabled = false;
  button.addEventListener('click', async () => {
    button.disabled = true;
    results.replaceChildren();
    summary.textContent = messages.checking;
    try {
      const files = await checkFiles();
      const page = await checkPage();
      summary.textContent = files && page ? messages.allWell : messages.problems;
    } catch (error) {
      summary.textContent = messages.problems;
      say(false, messages.failed, error instanceof Error ? error.message : String(error));
    } finally {
      button.disabled = false;
    }
  });
}
