// The configurator for counsellors (configure.html): a form for every setting in docs/config.md,
// a live preview of the widget with those settings, and ready-to-copy code for a script-tag embed
// and an iframe embed. Nothing is sent or stored: the settings live only in this page's form.
//
// It runs under the widget's strict Content-Security-Policy, so it sets no inline styles and
// makes no iframes; the preview mounts the widget into a Shadow DOM exactly as embed.js does.
import { cannotStartView, settingsOfElement } from './cannot-start.js';
import { areasSetting, checkSettings, livePreview, loadWidget as loadChecker, questionsSetting } from './live-preview.js';

/** The folder the snippets point at: the configurator's own folder on the counsellor's site. */
const siteBase = new URL('.', location.href);

/**
 * This release's version: this script's own address names its release
 * (`configure.js?v=<version>-<fingerprint>`, scripts/release-names.mjs).
 */
const version = new URL(import.meta.url).searchParams.get('v')?.match(/^(.+)-[0-9a-f]{10}$/)?.[1] ?? null;
/**
 * Where an npm CDN serves this release's files once the package is published (START-HERE.html,
 * way C). It serves scripts with the CORS header they need on another site's page, but shows HTML
 * pages as text: only the script-tag code may load from it.
 */
const cdnBase = version ? new URL(`https://cdn.jsdelivr.net/npm/missing-pieces@${version}/`) : null;
/** Where the script-tag code loads the check-in from: this folder, or the npm CDN if chosen. */
const scriptBase = () => ($('f-files-cdn').checked && cdnBase ? cdnBase : siteBase);

/** The frame's title (read out by screen readers), in the language the check-in starts in. */
const FRAME_TITLES = {
  en: 'Check-in before your first session',
  es: 'Preguntas breves antes de tu primera sesión',
  ar: 'أسئلة قصيرة قبل جلستك الأولى',
};

/**
 * The widget's settings table (`settings_table()` of the WebAssembly): names, kinds and limits.
 * Until the WebAssembly has loaded, the limits written in configure.html apply and no checks
 * run; the widget's own checker (`check_settings`) then checks every setting, so this page and
 * the widget cannot disagree.
 */
let table = null;
/** A setting's limit: from the table once it has loaded, else what configure.html says. */
const limit = (json, fallback) => table?.settings.find((s) => s.json === json)?.max ?? fallback;
const maxHelp = () => limit('urgent_help', 8);
const introCount = () => `${$('f-intro').value.length} of ${limit('intro', 400)} characters`;

const HEX = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

const $ = (id) => document.getElementById(id);
const form = $('settings');
const helpRows = $('help-rows');
const helpAdd = $('help-add');
const helpTemplate = $('help-row-template');

/** Fields whose mistakes are shown: a field counts once it has been changed and left. */
const touched = new WeakSet();

/** `#rgb` or `#rrggbb` as `#rrggbb` in lower case, or null (for the colour pickers). */
function fullHex(value) {
  if (!HEX.test(value)) return null;
  const digits = value.slice(1).toLowerCase();
  return digits.length === 3 ? `#${[...digits].map((d) => d + d).join('')}` : `#${digits}`;
}

// ---------------------------------------------------------------------------------------------
// Reading the form.

const value = (id) => $(id).value.trim();

/** One urgent help row's parts, trimmed; empty parts left out. */
function helpEntry(row) {
  const entry = {};
  for (const part of ['name', 'phone', 'text', 'url', 'hours']) {
    const v = row.querySelector(`[data-part="${part}"]`).value.trim();
    if (v) entry[part] = v;
  }
  return entry;
}

/** The rows that hold something, in order: their place in the `urgent-help` list. */
const filledRows = () => [...helpRows.children].filter((row) => Object.keys(helpEntry(row)).length > 0);

/** The counsellor's questions as typed: each with its wording in other languages. */
function ownQuestions() {
  return [...document.querySelectorAll('[data-question]')].map((input) => {
    const others = {};
    for (const other of document.querySelectorAll(`[data-translations="${input.dataset.question}"] input`)) {
      if (other.value.trim()) others[other.dataset.language] = other.value.trim();
    }
    return { text: input.value.trim(), others };
  });
}

/** A box for each question in each language of the language menu (the widget's languages). */
function addTranslationFields() {
  const languages = [...$('f-language').options].filter((o) => o.value);
  for (const holder of document.querySelectorAll('[data-translations]')) {
    const n = holder.dataset.translations;
    for (const option of languages) {
      const id = `f-question-${n}-${option.value}`;
      const label = document.createElement('label');
      label.htmlFor = id;
      label.textContent = `In ${option.textContent.split(',')[0]}`;
      const input = document.createElement('input');
      Object.assign(input, { id, type: 'text', maxLength: 200, dir: 'auto', autocomplete: 'off', lang: option.value });
      input.dataset.language = option.value;
      holder.append(label, input);
    }
  }
}

/** The settings as `[data- / address name, value]` pairs, in the order of docs/config.md. */
function settings() {
  const pairs = [];
  const add = (name, v) => {
    if (v) pairs.push([name, v]);
  };
  const generic = () => {
    for (const input of document.querySelectorAll('[data-setting]')) add(input.dataset.setting, input.value.trim());
  };
  add('practice-name', value('f-practice-name'));
  add('contact-email', value('f-contact-email'));
  add('contact-phone', value('f-contact-phone'));
  add('booking-url', value('f-booking-url'));
  add('accent', value('f-accent'));
  add('background', value('f-background'));
  add('language', $('f-language').value);
  const help = filledRows().map(helpEntry);
  if (help.length > 0) add('urgent-help', JSON.stringify(help));
  if (!$('f-reflections').checked) add('reflections', 'off');
  if (!$('f-saving').checked) add('saving', 'off');
  add('intro', $('f-intro').value.replace(/\r\n?/g, '\n').trim());
  generic();
  add('areas', areasSetting([...document.querySelectorAll('[data-area]')]));
  add('questions', questionsSetting(ownQuestions(), $('f-language').value || 'en'));
  return pairs;
}

/** The words that turn an on/off setting off, as the widget reads them (docs/config.md). */
const OFF = ['off', 'false', 'no', '0'];

/**
 * The settings file (settings.json) for `pairs`: the JSON form of docs/config.md, each setting
 * under the JSON name the widget's own table gives it (`contact.email` inside `contact`). The
 * widget checks the file when it loads it, as it checks the script-tag code's attributes; the
 * messages under the fields and the preview's notes say what it would not use.
 */
function settingsFileText(pairs) {
  const file = {};
  for (const [name, text] of pairs) {
    const setting = table.settings.find((s) => s.flat.includes(name));
    if (!setting) continue;
    let value = text;
    const json = () => {
      try {
        return JSON.parse(text);
      } catch {
        return text;
      }
    };
    if (setting.kind === 'true or false') value = !OFF.includes(text.toLowerCase());
    else if (setting.kind === 'list') value = json();
    else if (setting.kind === 'list of areas') value = text.split(',').map((a) => a.trim()).filter(Boolean);
    else if (setting.kind === 'list of questions') value = text.startsWith('[') ? json() : [text];
    const [group, leaf] = setting.json.split('.');
    if (leaf) {
      file[group] ??= {};
      file[group][leaf] = value;
    } else {
      file[group] = value;
    }
  }
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The iframe's `parent`: the origin of the address the counsellor gave. */
function parentOrigin() {
  const raw = value('f-parent');
  if (!raw) {
    return {
      origin: '',
      message: '',
      note: 'Type your website’s address above. Without it the frame cannot grow to fit the check-in, and clients have to scroll inside a small box.',
    };
  }
  for (const candidate of [raw, `https://${raw}`]) {
    try {
      const url = new URL(candidate);
      const web = url.protocol === 'https:' || url.protocol === 'http:';
      if (web && (url.hostname.includes('.') || url.hostname === 'localhost')) {
        const notes = [];
        if (url.origin !== raw) notes.push(`Only the site part is used: ${url.origin}`);
        if (url.protocol === 'http:' && !['localhost', '127.0.0.1'].includes(url.hostname)) {
          notes.push('A website’s address should start with https:// so that its visitors have a private connection.');
        }
        return { origin: url.origin, message: '', note: notes.join('. ') };
      }
    } catch {
      // Not an address; try the next reading.
    }
  }
  return {
    origin: raw,
    message: 'Write your website’s address, starting with https://, such as https://www.your-site.example.',
  };
}

// ---------------------------------------------------------------------------------------------
// Snippets.

const ENTITIES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '\n': '&#10;' };
/** Text made safe inside a double-quoted HTML attribute (line breaks kept as &#10;). */
const escapeHtml = (text) => text.replace(/[&<>"'\n]/g, (c) => ENTITIES[c]);

/**
 * The message the page shows where no script of the check-in can run at all (its files on a host
 * that does not let other sites use them, scripts turned off or blocked, a very old browser): the
 * message the widget shows when it cannot start, with the counsellor's contacts and urgent help,
 * as markup written from the settings in `pairs` (as text: the browser escapes it). embed.css
 * shows it only after a while, and only where embed.js has not put the check-in in its place.
 */
function fallbackMarkup(pairs) {
  const host = document.createElement('div');
  for (const [name, v] of pairs) host.setAttribute(`data-${name}`, v);
  if (!host.hasAttribute('data-language')) host.setAttribute('data-language', 'en');
  const view = cannotStartView(settingsOfElement(host));
  // On the page, outside the widget's Shadow DOM: the site's own styles, none of the widget's.
  for (const node of [view, ...view.querySelectorAll('[class]')]) node.removeAttribute('class');
  const fallback = document.createElement('div');
  fallback.setAttribute('data-missing-pieces-fallback', '');
  fallback.hidden = true;
  fallback.append(view);
  return fallback.outerHTML;
}

function scriptSnippet(pairs) {
  const attributes = pairs.map(([name, v]) => `\n     data-${name}="${escapeHtml(v)}"`).join('');
  return (
    // embed.css keeps the widget's place from the page's first paint, so the page does not move.
    `<link rel="stylesheet" href="${escapeHtml(new URL('embed.css', scriptBase()).href)}">\n` +
    `<div data-missing-pieces${attributes}>\n  ${fallbackMarkup(pairs)}\n</div>\n` +
    `<script type="module" src="${escapeHtml(new URL('embed.js', scriptBase()).href)}"></script>`
  );
}

/** Percent-encoding for an address parameter, including the quote and brackets it would skip. */
const encodeParam = (text) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * What a frame's address may carry: what cannot mislead a client (anyone can write an address).
 * Every other setting goes in the settings file, which the frame reads (see docs/config.md).
 */
const IN_A_FRAME = ['language', 'widget-id'];

/**
 * The iframe code: no style attribute (a strict Content-Security-Policy on the counsellor's page
 * would block it), so frame.js sizes the frame through the CSSOM; width and height attributes
 * give a usable frame where the script cannot run. Its address carries only `parent` and what
 * may be in any frame's address; the rest is in the settings file.
 */
function iframeSnippet(pairs, parent) {
  const own = pairs.filter(([name]) => IN_A_FRAME.includes(name));
  const query = [...(parent ? [['parent', parent]] : []), ...own]
    .map(([name, v]) => `${name}=${encodeParam(v)}`)
    .join('&');
  const src = query ? `${siteBase.href}?${query}` : siteBase.href;
  const title = FRAME_TITLES[$('f-language').value] ?? FRAME_TITLES.en;
  return (
    `<iframe data-missing-pieces-frame title="${escapeHtml(title)}"\n` +
    '        allow="clipboard-write" width="100%" height="700"\n' +
    `        src="${escapeHtml(src)}"></iframe>\n` +
    `<script src="${escapeHtml(new URL('frame.js', siteBase).href)}"></script>`
  );
}

// ---------------------------------------------------------------------------------------------
// Showing messages.

/** Shows `message` under `input` (or clears it), tied to it with aria-describedby. */
function showMessage(input, errorId, message) {
  const error = $(errorId);
  const shown = message && (touched.has(input) || input.dataset.always === 'yes') ? message : '';
  if (error.textContent !== shown) error.textContent = shown;
  const ids = [input.dataset.hint, shown ? errorId : ''].filter(Boolean).join(' ');
  if (ids) input.setAttribute('aria-describedby', ids);
  if (shown) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

/** The widget's notes on `pairs`, by field (`accent`, `urgent-help[0].phone`, …). */
function widgetNotes(pairs) {
  const notes = new Map();
  if (!table) return notes;
  for (const { field, explanation, consequence } of checkSettings(pairs, 'en')) {
    const text = `${explanation}${/[.?]$/.test(explanation) ? '' : '.'} ${consequence}`.trim();
    notes.set(field, notes.has(field) ? `${notes.get(field)} ${text}` : text);
  }
  return notes;
}

/** A note with its first letter in capitals, for under a field. */
const sentence = (text) => text && text[0].toUpperCase() + text.slice(1);

function validate(pairs) {
  const notes = widgetNotes(pairs);
  const field = (id, message) => showMessage($(id), `${id}-error`, message);
  for (const input of form.querySelectorAll('input[id^="f-"], textarea[id^="f-"]')) {
    const name = input.id.slice(2);
    if (!$(`${input.id}-error`) || name === 'parent') continue;
    const note = notes.get(name) ?? '';
    // A colour's contrast is known as soon as it is a whole colour, so say so at once.
    input.dataset.always = input.dataset.picker && note && fullHex(input.value.trim()) ? 'yes' : 'no';
    field(input.id, sentence(note));
  }

  filledRows().forEach((row, i) => {
    const number = [...helpRows.children].indexOf(row) + 1;
    const input = (part) => row.querySelector(`[data-part="${part}"]`);
    const error = (part) => row.querySelector(`[data-id="${part}-error"]`).id;
    for (const part of ['phone', 'text', 'url', 'hours']) {
      const note = notes.get(`urgent-help[${i}].${part}`);
      showMessage(input(part), error(part), note ? `Contact ${number}’s ${part}: ${note}` : '');
    }
    const nameNote = notes.get(`urgent-help[${i}].name`);
    const rowNote = notes.get(`urgent-help[${i}]`);
    const rowMessage = [nameNote && `Contact ${number}’s name ${nameNote}`, rowNote && `Contact ${number} ${rowNote}`]
      .filter(Boolean)
      .join(' ');
    const rowTouched = [...row.querySelectorAll('input')].some((el) => touched.has(el));
    const rowError = row.querySelector('[data-id="row-error"]');
    const shown = rowTouched ? rowMessage : '';
    if (rowError.textContent !== shown) rowError.textContent = shown;
    const name = input('name');
    name.setAttribute('aria-describedby', [name.dataset.hint, shown ? rowError.id : ''].filter(Boolean).join(' '));
    if (shown && nameNote) name.setAttribute('aria-invalid', 'true');
    else name.removeAttribute('aria-invalid');
  });
  for (const row of helpRows.children) {
    if (filledRows().includes(row)) continue;
    for (const el of row.querySelectorAll('.cf-error')) el.textContent = '';
    for (const el of row.querySelectorAll('[aria-invalid]')) el.removeAttribute('aria-invalid');
  }

  // The areas and the own questions: their notes under their groups, at once.
  const ticked = document.querySelectorAll('[data-area]:checked').length;
  const areas = document.querySelectorAll('[data-area]').length;
  $('f-areas-count').textContent = `${ticked} of ${areas} areas ticked.`;
  const grouped = (prefix) =>
    [...notes].filter(([field]) => field === prefix || field.startsWith(`${prefix}[`)).map(([, note]) => sentence(note));
  for (const [id, prefix] of [['f-areas-error', 'areas'], ['f-questions-error', 'questions']]) {
    const text = grouped(prefix).join(' ');
    if ($(id).textContent !== text) $(id).textContent = text;
  }

  const parent = parentOrigin();
  const parentInput = $('f-parent');
  showMessage(parentInput, 'f-parent-error', parent.message);
  // A note (not a mistake): which part of the address is used, or that it is still missing.
  const note = $('f-parent-note');
  const noteText = touched.has(parentInput) || !parent.origin ? parent.note ?? '' : '';
  if (note.textContent !== noteText) note.textContent = noteText;
  if (noteText) parentInput.setAttribute('aria-describedby', `${parentInput.getAttribute('aria-describedby')} f-parent-note`);
  return parent;
}

// ---------------------------------------------------------------------------------------------
// Urgent help rows.

let rowSerial = 0;

function renumberRows() {
  const rows = [...helpRows.children];
  rows.forEach((row, i) => {
    row.querySelector('legend').textContent = `Urgent help contact ${i + 1}`;
    row.querySelector('[data-remove]').textContent = `Remove contact ${i + 1}`;
  });
  const count = rows.length;
  const max = maxHelp();
  helpAdd.disabled = count >= max;
  $('help-count').textContent =
    count >= max
      ? `${count} of ${max} contacts: that is the most the check-in shows.`
      : `${count} of at most ${max} contacts.`;
}

function addRow(focus) {
  if (helpRows.children.length >= maxHelp()) return;
  const serial = ++rowSerial;
  const row = helpTemplate.content.firstElementChild.cloneNode(true);
  for (const el of row.querySelectorAll('[data-id]')) el.id = `help-${serial}-${el.dataset.id}`;
  for (const el of row.querySelectorAll('[data-hint]')) el.dataset.hint = `help-${serial}-${el.dataset.hint}`;
  for (const input of row.querySelectorAll('[data-part]')) {
    input.id = `help-${serial}-${input.dataset.part}`;
    input.setAttribute('aria-describedby', input.dataset.hint);
  }
  for (const label of row.querySelectorAll('label[data-for]')) label.htmlFor = `help-${serial}-${label.dataset.for}`;
  helpRows.append(row);
  renumberRows();
  if (focus) row.querySelector('[data-part="name"]').focus();
}

function removeRow(row) {
  const rows = [...helpRows.children];
  const next = rows[rows.indexOf(row) + 1] ?? rows[rows.indexOf(row) - 1];
  row.remove();
  renumberRows();
  // Keep keyboard users in place: the next contact's name, or else the add button.
  (next?.querySelector('[data-part="name"]') ?? helpAdd).focus();
  changed();
}

// ---------------------------------------------------------------------------------------------
// The live preview: one widget, rebuilt from the current settings.

let widgetReady = null;
const previewStatus = $('preview-status');
const preview = livePreview($('preview'), (state) => {
  if (state === 'shown') previewStatus.textContent = '';
  if (state === 'failed') {
    previewStatus.textContent =
      'The preview could not start. Open this page from the website folder where the check-in’s files are (not straight from your computer’s disk).';
  }
});

/**
 * A field for each text setting of the table that this page has no field of its own for, so a
 * new setting appears here without changes to this page.
 */
function addTableFields() {
  const more = $('f-more');
  for (const setting of table.settings) {
    const name = setting.flat[0];
    const id = `f-${name}`;
    if ($(id) || !['text', 'name'].includes(setting.kind)) continue;
    const field = document.createElement('div');
    field.className = 'cf-field';
    const label = document.createElement('label');
    label.htmlFor = id;
    label.textContent = setting.label;
    const hint = document.createElement('p');
    hint.className = 'cf-hint';
    hint.id = `${id}-hint`;
    hint.textContent = setting.max ? `${setting.help} Up to ${setting.max} characters.` : setting.help;
    const input = document.createElement('input');
    Object.assign(input, { id, name, type: 'text', spellcheck: false, autocomplete: 'off' });
    if (setting.max) input.maxLength = setting.max;
    input.dataset.setting = name;
    input.dataset.hint = hint.id;
    input.setAttribute('aria-describedby', hint.id);
    const error = document.createElement('p');
    error.className = 'cf-error';
    error.id = `${id}-error`;
    error.setAttribute('aria-live', 'polite');
    field.append(label, hint, input, error);
    more.append(field);
    more.hidden = false;
  }
}

/** Starts the widget's WebAssembly once: the settings table and the checker (the preview starts it too). */
function loadWidget() {
  widgetReady ??= loadChecker().then((settingsTable) => {
    table = settingsTable;
    addTableFields();
    renumberRows();
    $('f-intro-count').textContent = introCount();
    changed();
  });
  return widgetReady;
}

// ---------------------------------------------------------------------------------------------
// Putting it together.

function changed() {
  const pairs = settings();
  const parent = validate(pairs);
  const script = scriptSnippet(pairs);
  const iframe = iframeSnippet(pairs, parent.origin);
  // The settings file needs the widget's checker; until it has loaded, the box waits.
  const file = table ? settingsFileText(pairs) : '';
  for (const [id, text] of [['snippet-script', script], ['snippet-iframe', iframe], ['snippet-file', file]]) {
    const area = $(id);
    if (area.value !== text) {
      area.value = text;
      $(`${id}-status`).textContent = '';
    }
  }
  preview.show(pairs);
}

/** Saves the settings file as `settings.json` on the counsellor's computer. */
function downloadFile() {
  const text = $('snippet-file').value;
  if (!text) return;
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'settings.json';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  $('snippet-file-status').textContent = 'Saved as settings.json. Upload it into the check-in’s folder, in place of the one there.';
}

async function copy(button) {
  const area = $(button.dataset.copy);
  const status = $(`${area.id}-status`);
  try {
    if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
    await navigator.clipboard.writeText(area.value);
    status.textContent = 'Copied. Now paste it into your website.';
  } catch {
    area.focus();
    area.select();
    status.textContent =
      'This browser did not let the page copy. The code is selected: press Ctrl+C (Command+C on a Mac) to copy it.';
  }
}

function syncPicker(input) {
  const picker = $(input.dataset.picker);
  picker.value = fullHex(input.value.trim()) ?? input.dataset.default;
}

form.addEventListener('submit', (event) => event.preventDefault());

/** Events from the preview's widget reach the document too (retargeted to its host): skip them. */
const ours = (event) => !$('preview').contains(event.target);

document.addEventListener('input', (event) => {
  if (!ours(event)) return;
  const target = event.target;
  if (target.type === 'color') {
    const text = document.querySelector(`[data-picker="${target.id}"]`);
    text.value = target.value;
    touched.add(text);
  } else if (target.dataset?.picker) {
    syncPicker(target);
  }
  if (target.id === 'f-intro') {
    $('f-intro-count').textContent = introCount();
  }
  changed();
});

document.addEventListener('change', (event) => {
  if (ours(event) && event.target.matches('input, textarea, select')) {
    touched.add(event.target);
    changed();
  }
});

document.addEventListener('click', (event) => {
  const button = ours(event) && event.target.closest('button');
  if (!button) return;
  if (button.dataset.copy) copy(button);
  else if (button.id === 'file-download') downloadFile();
  else if (button.dataset.clear) {
    const input = $(button.dataset.clear);
    input.value = '';
    syncPicker(input);
    input.focus();
    changed();
  } else if (button.hasAttribute('data-remove')) removeRow(button.closest('.cf-help-row'));
  else if (button === helpAdd) {
    addRow(true);
    changed();
  }
});

// The check-in's own page and its preview with notes for the site owner, in this folder.
$('file-page').textContent = siteBase.href;
for (const code of document.querySelectorAll('.cf-page-address')) code.textContent = siteBase.href;
// The choice of the npm CDN, where this page knows its release.
$('files-here-address').textContent = siteBase.href;
if (cdnBase) {
  $('files-version').textContent = version;
  $('files-where').hidden = false;
}
$('file-preview').href = new URL('?preview', siteBase).href;

// The browser may restore earlier values when going back to the page; start from what is there.
addTranslationFields();
addRow(false);
for (const input of document.querySelectorAll('[data-picker]')) syncPicker(input);
$('f-intro-count').textContent = introCount();
changed();
// A failure to start is explained in the preview (live-preview.js).
loadWidget().catch(() => {});
