// What a visitor sees where the check-in cannot start, instead of an empty place: the `.wasm` or
// the glue blocked or missing, a page's Content-Security-Policy without 'wasm-unsafe-eval', the
// glue and the `.wasm` of two releases, an old browser, an error while starting. Plain
// JavaScript with no WebAssembly, so it runs whatever failed. It says, in the widget's language,
// that the check-in could not open here, how to reach the counsellor and where to find urgent
// help (the counsellor's contacts from the settings the page holds, then the built-in advice).
// Everything the counsellor wrote is set as text, never as HTML. The site owner gets a note in
// the browser's console only: visitors never see technical words.
//
// The words come from locales/*/ui.ftl: the build writes them in place of the empty table below
// (scripts/prerender.mjs, src/bin/prerender.rs).
const TEXTS = /* cannot-start texts */ {};

/**
 * How long the check-in's files (the glue, the `.wasm`, and on its own page the settings file) may
 * take to arrive and start, in milliseconds, before its place says that it could not open: a
 * download that stalls without an error would otherwise leave the place blank for ever. Generous:
 * on a slow phone connection the files arrive in a few seconds. A page may set
 * `globalThis.missingPiecesTimeLimit` (milliseconds) before the widget's scripts run, as the tests
 * do to wait less; an address never sets it.
 */
export const TIME_LIMIT_MS = 25_000;

/** A promise that fails once the time limit has passed since it was made (see TIME_LIMIT_MS). */
export function timeLimit() {
  const asked = Number(globalThis.missingPiecesTimeLimit);
  const limit = asked > 0 ? asked : TIME_LIMIT_MS;
  const late = new Promise((_, reject) => {
    setTimeout(() => reject(new Error(`the check-in's files did not arrive and start within ${limit / 1000} s`)), limit);
  });
  late.catch(() => {}); // reported by whoever waits on it
  return late;
}

/** The most urgent-help contacts shown, and the longest text kept from one setting. */
const MAX_CONTACTS = 10;
const MAX_CHARS = 300;

const text = (value) => (typeof value === 'string' && value.trim() ? value.trim().slice(0, MAX_CHARS) : null);

/** The first of `names` that `object` has, as text. */
const pick = (object, names) => {
  for (const name of names) if (object && typeof object === 'object' && text(object[name])) return text(object[name]);
  return null;
};

function parseList(value) {
  if (Array.isArray(value)) return value;
  try {
    const list = JSON.parse(value);
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}

/** Settings as the widget reads them, loosely: whatever can be read is shown. */
function settings(get, json) {
  const contact = json?.contact ?? {};
  return {
    language: pick(json, ['language', 'lang']) ?? text(get('language')) ?? text(get('lang')),
    name: pick(json, ['practice_name']) ?? text(get('practice-name')),
    email: pick(contact, ['email']) ?? text(get('contact-email')),
    phone: pick(contact, ['phone']) ?? text(get('contact-phone')),
    booking: pick(contact, ['booking_url']) ?? text(get('booking-url')),
    help: parseList(json?.urgent_help ?? get('urgent-help') ?? '[]')
      .slice(0, MAX_CONTACTS)
      .map((c) => ({
        name: pick(c, ['name']),
        phone: pick(c, ['phone', 'telephone', 'tel']),
        text: pick(c, ['text', 'sms']),
        url: pick(c, ['url', 'website']),
        hours: pick(c, ['hours']),
      }))
      .filter((c) => c.name),
  };
}

/**
 * The settings in a JSON text the counsellor wrote: the folder's settings.json, or a site's own
 * settings block. Anything unreadable gives none. `search`, an address's query, may give only
 * the language: anyone can write an address.
 */
export function settingsOfJson(text, search = '') {
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  const params = new URLSearchParams(search);
  const language = (name) => (name === 'language' || name === 'lang' ? params.get(name) : null);
  return settings(language, json && typeof json === 'object' ? json : null);
}

/** The settings on a counsellor's element: its `data-` attributes, or its JSON block. */
export function settingsOfElement(host) {
  let json = null;
  const block = host?.querySelector?.("script[type='application/json']");
  if (block) {
    try {
      json = JSON.parse(block.textContent);
    } catch {
      json = null;
    }
  }
  return settings((name) => host?.getAttribute?.(`data-${name}`) ?? null, json);
}

/** The language to speak: the one asked for, else the browser's first one spoken, else English. */
function languageFor(asked) {
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of [asked, ...preferred]) {
    const primary = String(tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
    if (Object.hasOwn(TEXTS, primary)) return primary;
  }
  return 'en';
}

function webAddress(value) {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}

const phoneHref = (phone) => `tel:${phone.replace(/[^\d+]/g, '')}`;

/** An element with `text` as its text (never as HTML). */
function el(name, text, attributes = {}) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

/** `text`, isolated from the text around it (a name or number of another direction). */
const bdi = (text) => el('bdi', text);

function link(href, content, external = false) {
  const a = el('a', undefined, external ? { href, rel: 'noopener noreferrer', target: '_blank' } : { href });
  a.append(content);
  return a;
}

let shownCount = 0;

/**
 * Empties `place` and shows in it that the check-in could not open, with `found` (from
 * `settingsOfElement` or `settingsOfJson`); `error` goes to the console for the site owner.
 */
export function showCannotStart(place, found, error) {
  shownCount += 1;
  place.replaceChildren(cannotStartView(found, `mp-cannot-start-${shownCount}`));

  console.error(
    'missing-pieces: the check-in could not start on this page, so it shows visitors how to reach you and where to find urgent help instead.',
    'Check that every file of one release is uploaded together (the whole folder from one download, never a mix),',
    "that the .wasm file can be downloaded, and that the page's Content-Security-Policy allows 'wasm-unsafe-eval' in script-src.",
    'The browser said:',
    error,
  );
}

/**
 * The message that the check-in could not open, with the contacts in `found`, as an element in
 * the language `found` asks for (else the browser's). Its heading has the id `id` where one is
 * given.
 */
export function cannotStartView(found, id) {
  const lang = languageFor(found.language);
  const t = TEXTS[lang] ?? TEXTS.en ?? {};

  const root = el('div', undefined, { class: 'mp', lang, dir: t.dir ?? 'ltr' });
  const section = el('section', undefined, { class: 'mp-step mp-cannot-start', ...(id && { 'aria-labelledby': id }) });
  section.append(el('h2', t.title, id ? { id } : {}), el('p', t.body));

  const { name, email, phone, booking } = found;
  if (email || phone || booking) {
    section.append(el('h3', t.contact));
    if (name) section.append(el('p').appendChild(bdi(name)).parentNode);
    const list = el('ul', undefined, { class: 'mp-help-list' });
    if (email && /^[^\s@<>]+@[^\s@<>]+$/.test(email)) list.append(el('li').appendChild(link(`mailto:${email}`, bdi(email))).parentNode);
    if (phone) list.append(el('li').appendChild(link(phoneHref(phone), bdi(phone))).parentNode);
    const url = booking && webAddress(booking);
    if (url) list.append(el('li').appendChild(link(url, t.booking, true)).parentNode);
    section.append(list);
  }

  section.append(el('h3', t.help));
  const help = el('div', undefined, { class: 'mp-contacts' });
  help.append(el('p').appendChild(el('strong', t.danger)).parentNode);
  if (found.help.length > 0) {
    const list = el('ul', undefined, { class: 'mp-help-list' });
    for (const contact of found.help) {
      const item = el('li');
      item.append(el('strong').appendChild(bdi(contact.name)).parentNode);
      if (contact.phone) {
        const call = link(phoneHref(contact.phone), t.call?.[0] ?? '');
        call.append(bdi(contact.phone), t.call?.[1] ?? '');
        item.append(' ', call);
      }
      if (contact.text) item.append(' ', bdi(contact.text));
      const url = contact.url && webAddress(contact.url);
      if (url) item.append(' ', link(url, t.website, true));
      if (contact.hours) {
        const hours = el('span', ' (', { class: 'mp-muted' });
        hours.append(bdi(contact.hours), ')');
        item.append(hours);
      }
      list.append(item);
    }
    help.append(list);
  }
  help.append(el('p', t.numbers), el('p', t.crisis));
  section.append(help);
  root.append(section);
  return root;
}
