// The configurator for counsellors (configure.html): a form for every setting in docs/config.md,
// a live preview of the widget with those settings, and ready-to-copy code for a script-tag embed
// and an iframe embed. Nothing is sent or stored: the settings live only in this page's form.
//
// It runs under the widget's strict Content-Security-Policy, so it sets no inline styles and
// makes no iframes; the preview mounts the widget into a Shadow DOM exactly as embed.js does.
import init, { mount_into } from './missing-pieces.js';
import { attachShadowHost } from './shadow-host.js';

/** The running preview widget of each preview wrapper element. */
const mounted = new WeakMap();

/** Where the widget's files are: this module's folder (the configurator ships with them). */
const widgetBase = new URL('.', import.meta.url);
/** The folder the snippets point at: the configurator's own folder on the counsellor's site. */
const siteBase = new URL('.', location.href);

const MAX_HELP = 8;
const MIN_CONTRAST = 4.5;
const WHITE = '#ffffff';
const MUTED_TEXT = '#4a5559';
const DEFAULT_ACCENT = '#2f6b5e';
const DEFAULT_BACKGROUND = '#fffdf9';
const DEFAULT_PARENT = 'https://your-site.example';

// The patterns of config.schema.json, so the form agrees with what the widget accepts.
const EMAIL = /^[^\s@,;<>()[\]\\":?#%]+@[^\s@,;<>()[\]\\":?#%.]+(\.[^\s@,;<>()[\]\\":?#%.]+)+$/;
const PHONE = /^\+?[ ().-]*([0-9][ ().-]*){3,20}$/;
const WEB_ADDRESS =
  /^([hH][tT][tT][pP][sS]:\/\/[^\s/?#@\\"<>`]+|[hH][tT][tT][pP]:\/\/(localhost|127\.0\.0\.1)(:[0-9]{1,5})?)([/?#][^\s\\"<>`]*)?$/;
const HEX = /^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

const $ = (id) => document.getElementById(id);
const form = $('settings');
const helpRows = $('help-rows');
const helpAdd = $('help-add');
const helpTemplate = $('help-row-template');

/** Fields whose mistakes are shown: a field counts once it has been changed and left. */
const touched = new WeakSet();

// ---------------------------------------------------------------------------------------------
// Checks, in plain English. Each returns '' when all is well.

function checkText(value, max, what) {
  return value.length > max ? `${what} is ${value.length} characters long; at most ${max} fit.` : '';
}

function checkEmail(value) {
  if (!value) return '';
  if (value.length > 254) return 'This email address is too long: at most 254 characters.';
  if (/[\s,;]/.test(value.trim())) {
    return 'Write one email address only, with no spaces, commas or semicolons, such as hello@your-practice.example.';
  }
  return EMAIL.test(value.trim())
    ? ''
    : 'This does not look like an email address. Write it like hello@your-practice.example.';
}

function checkPhone(value, what = 'This phone number') {
  if (!value) return '';
  if (value.length > 40) return `${what} is too long: at most 40 characters.`;
  return PHONE.test(value.trim())
    ? ''
    : `${what} should have 3 to 20 digits (0 to 9). Spaces, dashes, dots and brackets are fine, and + only at the very start, such as +44 20 7946 0018.`;
}

function checkWebAddress(value, what = 'This web address') {
  if (!value) return '';
  const v = value.trim();
  if (v.length > 500) return `${what} is too long: at most 500 characters.`;
  if (/^http:\/\//i.test(v) && !WEB_ADDRESS.test(v)) {
    return `${what} starts with http://, which is not a private connection. Use the https:// address.`;
  }
  if (!/^https?:\/\//i.test(v)) {
    return `${what} must be the full address, starting with https://, such as https://your-practice.example/book.`;
  }
  if (/\s/.test(v)) return `${what} has a space in it. Copy the address again from your browser’s address bar.`;
  if (/^https:\/\/[^/?#]*@/i.test(v)) {
    return `${what} has a name and @ before the site, which can disguise where a link goes. Leave that part out.`;
  }
  return WEB_ADDRESS.test(v) ? '' : `${what} is not a web address the check-in can use. Write it like https://your-practice.example/book.`;
}

/** `#rgb` or `#rrggbb` as `#rrggbb` in lower case, or null. */
function fullHex(value) {
  if (!HEX.test(value)) return null;
  const digits = value.slice(1).toLowerCase();
  return digits.length === 3 ? `#${[...digits].map((d) => d + d).join('')}` : `#${digits}`;
}

/** The WCAG 2 contrast ratio of two `#rrggbb` colours, as the widget measures it. */
function contrast(a, b) {
  const luminance = (hex) => {
    const [r, g, b2] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * b2;
  };
  const [x, y] = [luminance(a), luminance(b)];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
}

/** A failing ratio to one decimal, never rounded up to a passing one. */
const ratioText = (ratio) => `${Math.min(Math.round(ratio * 10), MIN_CONTRAST * 10 - 1) / 10}:1`;

function colourFormat(value, what) {
  if (!value || fullHex(value)) return '';
  return `Write the ${what} as # and 6 letters or digits (0 to 9 and a to f), such as #2f6b5e. Colour names such as “teal” do not work. Until then the check-in uses its own ${what}.`;
}

/** Contrast messages for the accent and background, as the widget checks them. */
function colourMessages(accentValue, backgroundValue) {
  const accent = fullHex(accentValue);
  let background = fullHex(backgroundValue);
  const messages = { accent: '', background: '' };
  if (background) {
    const ratio = contrast(background, MUTED_TEXT);
    if (ratio < MIN_CONTRAST) {
      messages.background = `This background is too dark for the check-in’s grey text (contrast ${ratioText(ratio)}; at least 4.5:1 is needed). Choose a lighter colour; until then the check-in uses its warm white.`;
      background = null;
    }
  }
  if (accent) {
    const onWhite = contrast(accent, WHITE);
    const onBackground = contrast(accent, background ?? DEFAULT_BACKGROUND);
    if (onWhite < MIN_CONTRAST) {
      messages.accent = `This colour is too light for the white text on the buttons (contrast ${ratioText(onWhite)}; at least 4.5:1 is needed). Choose a darker colour; until then the check-in uses its deep green.`;
    } else if (onBackground < MIN_CONTRAST) {
      messages.accent = `This colour does not stand out enough from the ${background ? 'background colour' : 'check-in’s background'} (contrast ${ratioText(onBackground)}; at least 4.5:1 is needed). Choose another colour; until then the check-in uses its deep green.`;
    }
  } else if (!accentValue && background && contrast(DEFAULT_ACCENT, background) < MIN_CONTRAST) {
    messages.background = `The check-in’s green buttons do not stand out enough from this background (contrast ${ratioText(contrast(DEFAULT_ACCENT, background))}; at least 4.5:1 is needed). Choose a lighter background, or also choose an accent colour.`;
  }
  return messages;
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

/** The settings as `[data- / address name, value]` pairs, in the order of docs/config.md. */
function settings() {
  const pairs = [];
  const add = (name, v) => {
    if (v) pairs.push([name, v]);
  };
  add('practice-name', value('f-practice-name'));
  add('contact-email', value('f-contact-email'));
  add('contact-phone', value('f-contact-phone'));
  add('booking-url', value('f-booking-url'));
  add('accent', value('f-accent'));
  add('background', value('f-background'));
  add('language', $('f-language').value);
  const help = [...helpRows.children].map(helpEntry).filter((e) => Object.keys(e).length > 0);
  if (help.length > 0) add('urgent-help', JSON.stringify(help));
  if (!$('f-reflections').checked) add('reflections', 'off');
  if (!$('f-saving').checked) add('saving', 'off');
  add('intro', $('f-intro').value.replace(/\r\n?/g, '\n').trim());
  return pairs;
}

/** The iframe's `parent`: the origin of the address the counsellor gave. */
function parentOrigin() {
  const raw = value('f-parent');
  if (!raw) return { origin: DEFAULT_PARENT, message: '' };
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

function scriptSnippet(pairs) {
  const attributes = pairs.map(([name, v]) => `\n     data-${name}="${escapeHtml(v)}"`).join('');
  return (
    // embed.css keeps the widget's place from the page's first paint, so the page does not move.
    `<link rel="stylesheet" href="${escapeHtml(new URL('embed.css', siteBase).href)}">\n` +
    `<div data-missing-pieces${attributes}></div>\n` +
    `<script type="module" src="${escapeHtml(new URL('embed.js', siteBase).href)}"></script>`
  );
}

/** Percent-encoding for an address parameter, including the quote and brackets it would skip. */
const encodeParam = (text) =>
  encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

function iframeSnippet(pairs, parent) {
  const query = [['parent', parent], ...pairs]
    .map(([name, v]) => `${name}=${encodeParam(v)}`)
    .join('&');
  const src = `${siteBase.href}?${query}`;
  return (
    '<iframe data-missing-pieces-frame title="Check-in before your first session"\n' +
    '        style="width: 100%; border: 0; min-height: 700px"\n' +
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

function validate() {
  const field = (id, message) => showMessage($(id), `${id}-error`, message);
  field('f-practice-name', checkText(value('f-practice-name'), 80, 'The practice name'));
  field('f-intro', checkText($('f-intro').value.trim(), 400, 'The welcome message'));
  field('f-contact-email', checkEmail(value('f-contact-email')));
  field('f-contact-phone', checkPhone(value('f-contact-phone')));
  field('f-booking-url', checkWebAddress(value('f-booking-url'), 'The booking page'));

  // A colour's contrast is known as soon as it is a whole colour, so say so at once.
  const colours = colourMessages(value('f-accent'), value('f-background'));
  for (const [name, what] of [['accent', 'accent colour'], ['background', 'background colour']]) {
    const input = $(`f-${name}`);
    const format = colourFormat(input.value.trim(), what);
    input.dataset.always = colours[name] && !format ? 'yes' : 'no';
    field(`f-${name}`, format || colours[name]);
  }

  [...helpRows.children].forEach((row, i) => {
    const number = i + 1;
    const entry = helpEntry(row);
    const input = (part) => row.querySelector(`[data-part="${part}"]`);
    const error = (part) => row.querySelector(`[data-id="${part}-error"]`).id;
    showMessage(input('phone'), error('phone'), checkPhone(entry.phone, `Contact ${number}’s phone number`));
    showMessage(input('url'), error('url'), checkWebAddress(entry.url, `Contact ${number}’s website`));
    let rowMessage = '';
    if (Object.keys(entry).length > 0 && !entry.name) {
      rowMessage = `Contact ${number} needs the service’s name, or the check-in leaves it out.`;
    } else if (entry.name && !entry.phone && !entry.text && !entry.url) {
      rowMessage = `Contact ${number} needs a phone number, a text message line or a website, so that clients can reach it; without one the check-in leaves it out.`;
    }
    const rowTouched = [...row.querySelectorAll('input')].some((el) => touched.has(el));
    const rowError = row.querySelector('[data-id="row-error"]');
    const shown = rowTouched ? rowMessage : '';
    if (rowError.textContent !== shown) rowError.textContent = shown;
    const name = input('name');
    name.setAttribute('aria-describedby', [name.dataset.hint, shown ? rowError.id : ''].filter(Boolean).join(' '));
    if (shown && !entry.name) name.setAttribute('aria-invalid', 'true');
    else name.removeAttribute('aria-invalid');
  });

  const parent = parentOrigin();
  const parentInput = $('f-parent');
  showMessage(parentInput, 'f-parent-error', parent.message);
  // A note (not a mistake): which part of the address is used.
  const note = $('f-parent-note');
  const noteText = touched.has(parentInput) ? parent.note ?? '' : '';
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
  helpAdd.disabled = count >= MAX_HELP;
  $('help-count').textContent =
    count >= MAX_HELP
      ? `${count} of ${MAX_HELP} contacts: that is the most the check-in shows.`
      : `${count} of at most ${MAX_HELP} contacts.`;
}

function addRow(focus) {
  if (helpRows.children.length >= MAX_HELP) return;
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
let generation = 0;
const preview = $('preview');
const previewStatus = $('preview-status');

async function rebuildPreview(pairs) {
  const mine = ++generation;
  try {
    widgetReady ??= init({ module_or_path: new URL('missing-pieces_bg.wasm', widgetBase) });
    await widgetReady;
  } catch {
    preview.removeAttribute('aria-busy');
    previewStatus.textContent =
      'The preview could not start. Open this page from the website folder where the check-in’s files are (not straight from your computer’s disk).';
    return;
  }
  if (mine !== generation) return;

  // Build the new widget out of sight and swap it in once its stylesheet has loaded, so the
  // preview does not flash unstyled on every key press.
  for (const pending of preview.querySelectorAll('.cf-pending')) unmount(pending);
  const wrapper = document.createElement('div');
  wrapper.className = 'cf-pending';
  const host = document.createElement('div');
  host.setAttribute('data-missing-pieces', '');
  for (const [name, v] of pairs) host.setAttribute(`data-${name}`, v);
  wrapper.append(host);
  preview.append(wrapper);

  const { root, style } = attachShadowHost(host, widgetBase);
  const loaded = new Promise((resolve) => {
    style.addEventListener('load', resolve, { once: true });
    style.addEventListener('error', resolve, { once: true });
    setTimeout(resolve, 3000);
  });
  mounted.set(wrapper, mount_into(root, host));
  await loaded;
  if (mine !== generation || !wrapper.isConnected) return;
  for (const old of preview.querySelectorAll('.cf-shown')) unmount(old);
  wrapper.className = 'cf-shown';
  preview.removeAttribute('aria-busy');
  previewStatus.textContent = '';
}

/** Stops the preview widget inside `wrapper` (so replaced previews free their memory) and removes it. */
function unmount(wrapper) {
  mounted.get(wrapper)?.unmount();
  mounted.delete(wrapper);
  wrapper.remove();
}

// ---------------------------------------------------------------------------------------------
// Putting it together.

let lastSettings = null;
let previewTimer = 0;

function changed() {
  const parent = validate();
  const pairs = settings();
  const script = scriptSnippet(pairs);
  const iframe = iframeSnippet(pairs, parent.origin);
  for (const [id, text] of [['snippet-script', script], ['snippet-iframe', iframe]]) {
    const area = $(id);
    if (area.value !== text) {
      area.value = text;
      $(`${id}-status`).textContent = '';
    }
  }
  const key = JSON.stringify(pairs);
  if (key !== lastSettings) {
    lastSettings = key;
    clearTimeout(previewTimer);
    preview.setAttribute('aria-busy', 'true');
    previewTimer = setTimeout(() => rebuildPreview(pairs), 250);
  }
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
const ours = (event) => !preview.contains(event.target);

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
    $('f-intro-count').textContent = `${target.value.length} of 400 characters`;
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

// The browser may restore earlier values when going back to the page; start from what is there.
addRow(false);
for (const input of document.querySelectorAll('[data-picker]')) syncPicker(input);
$('f-intro-count').textContent = `${$('f-intro').value.length} of 400 characters`;
changed();
