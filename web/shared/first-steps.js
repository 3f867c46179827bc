// The check-in's first screens as plain HTML, working before the WebAssembly arrives: the
// welcome, "Need help now?", "Stop for now" and the first question step, with the counsellor's
// settings. A client can start, answer, take an answer back, change language and find help at
// once; when the widget starts it takes over everything done here (`record`), so nothing is lost.
//
// The build writes this file into first-screens.js (scripts/prerender.mjs) with the screens in
// place of the empty table below: markup rendered from the widget's own view code in each
// language (src/bin/prerender.rs), never written by hand. This script only puts the counsellor's
// texts into the marked places, ticks the answers given and shows or hides what the widget would.
//
// It shows the counsellor's settings only where it can show them exactly as the widget will:
// plain text within the widget's limits, contacts the widget accepts. For anything else (colours,
// the areas asked, own questions, a settings code, a mistake the widget would correct) `shown`
// gives null, and the page keeps the first screen hidden until the widget draws its own.
const FIRST = /* first screens */ { screens: {}, rules: { limits: {}, helpNote: [] } };

/** The first screens' markup by language: `welcome`, `step` and their parts (src/bin/prerender.rs). */
export default FIRST.screens;

const { limits: LIMITS, helpNote: HELP_NOTE } = FIRST.rules;

/** Where the markup holds a counsellor's text (src/bin/prerender.rs, `marks`). */
const MARK = { name: '\uE001', phone: '\uE002', text: '\uE003', hours: '\uE005' };

/** Settings of the widget's that the first screens show or that do not change them. */
const SHOWN = new Set(['practice_name', 'intro', 'urgent_help', 'language', 'lang', 'contact', 'widget_id', 'reflections', 'offer_saving', '$schema']);
/** Settings that change the first screens in ways this script does not show. */
const NOT_SHOWN = new Set(['accent', 'background', 'areas', 'questions', 'config']);

/**
 * The settings on a counsellor's element in their JSON form, as the widget reads them: the site's
 * own settings block where the page has one, else the element's JSON block, else its `data-`
 * attributes (see docs/config.md). Null where they cannot be read.
 */
export function settingsOfHost(host) {
  const block = document.querySelector("script[type='application/json'][data-missing-pieces-settings]")
    ?? host.querySelector("script[type='application/json']");
  if (block) return settingsOfJson(block.textContent);
  const settings = {};
  const contact = {};
  for (const { name, value } of host.attributes) {
    const key = name.toLowerCase();
    if (!key.startsWith('data-') || key.startsWith('data-missing-pieces')) continue;
    const setting = key.slice(5);
    if (setting === 'practice-name') settings.practice_name = value;
    else if (setting === 'intro') settings.intro = value;
    else if (setting === 'language' || setting === 'lang') settings.language = value;
    else if (setting === 'widget-id') settings.widget_id = value;
    else if (setting === 'contact-email') contact.email = value;
    else if (setting === 'contact-phone') contact.phone = value;
    else if (setting === 'booking-url') contact.booking_url = value;
    else if (setting === 'saving') settings.offer_saving = value;
    else if (setting === 'reflections') settings.reflections = value;
    else if (setting === 'urgent-help') {
      try {
        settings.urgent_help = JSON.parse(value);
      } catch {
        return null;
      }
    } else if (NOT_SHOWN.has(setting) || NOT_SHOWN.has(setting.replace(/-/g, '_'))) return null;
    // Any other data- attribute is not a setting: the widget leaves it alone.
  }
  if (Object.keys(contact).length) settings.contact = contact;
  return settings;
}

/** The settings in a JSON text (the folder's settings.json, a settings block); null where unreadable. */
export function settingsOfJson(text) {
  try {
    const json = text.trim() ? JSON.parse(text) : {};
    return json && typeof json === 'object' && !Array.isArray(json) ? json : null;
  } catch {
    return null;
  }
}

/** A text setting as the widget would show it: undefined when absent, null when unsure. */
function clean(value, max, lines = false) {
  if (value === undefined) return undefined;
  if (typeof value !== 'string') return null;
  // Control and formatting characters the widget would remove, with a note: left to the widget.
  if (/[\p{Cc}\p{Cf}]/u.test(lines ? value.replace(/\n/g, '') : value)) return null;
  const text = value.trim();
  if (!text) return undefined;
  return [...text].length <= max ? text : null;
}

/** An urgent-help contact as the widget would show it, or null. */
function contactOf(contact) {
  if (!contact || typeof contact !== 'object' || Array.isArray(contact)) return null;
  if (Object.keys(contact).some((key) => !['name', 'phone', 'text', 'url', 'hours'].includes(key))) return null;
  const shown = {
    name: clean(contact.name, LIMITS.name),
    phone: clean(contact.phone, LIMITS.phone),
    text: clean(contact.text, LIMITS.text),
    url: clean(contact.url, LIMITS.url),
    hours: clean(contact.hours, LIMITS.hours),
  };
  if (!shown.name || Object.values(shown).includes(null)) return null;
  if (shown.phone) {
    const digits = shown.phone.replace(/^\+/, '').replace(/[ ().-]/g, '');
    if (!/^[0-9]{3,20}$/.test(digits)) return null;
  }
  // Labels of letters, digits and hyphens, never empty (tests/parity.rs holds this to the widget).
  if (shown.url && !/^https:\/\/(?:[a-z0-9-]+\.)+[a-z]{2,}(?:\/[a-z0-9._~/-]*)?$/i.test(shown.url)) return null;
  return shown;
}

const on = (value) => value === undefined || value === true || value === 'true' || value === 'on';

/**
 * What the first screens show of `settings` (in their JSON form): the practice name, the welcome
 * note and the urgent-help contacts, and whether saving is offered. Null when they cannot show
 * the settings exactly as the widget will (see the top of this file).
 */
export function shownSettings(settings) {
  if (!settings) return null;
  for (const key of Object.keys(settings)) if (!SHOWN.has(key)) return null;
  if (!on(settings.reflections) || !on(settings.offer_saving)) return null;
  const name = clean(settings.practice_name, LIMITS.practice_name);
  const intro = clean(settings.intro, LIMITS.intro, true);
  const list = settings.urgent_help ?? [];
  if (name === null || intro === null || !Array.isArray(list) || list.length > LIMITS.contacts) return null;
  const help = list.map(contactOf);
  if (help.includes(null) || new Set(help.map((c) => c.name)).size !== help.length) return null;
  return { name, intro, help };
}

/** The language asked in `settings`, if any. */
export function askedLanguage(settings) {
  const asked = settings?.language ?? settings?.lang;
  return typeof asked === 'string' ? asked : null;
}

/** The first of the `asked` and the browser's languages the widget speaks, else English. */
export function languageOf(...asked) {
  const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
  for (const tag of [...asked, ...preferred]) {
    const primary = String(tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
    if (Object.hasOwn(FIRST.screens, primary)) return primary;
  }
  return 'en';
}

/** Whether the widget will open on something other than the welcome: saved answers or a share link. */
export function opensElsewhere() {
  if (location.hash.startsWith('#mp')) return true;
  try {
    for (let i = 0; i < localStorage.length; i += 1) if (localStorage.key(i)?.startsWith('missing-pieces')) return true;
  } catch {
    // Storage that cannot be read holds nothing the widget would read.
  }
  return false;
}

/** Markup as one element. */
function element(markup) {
  const template = document.createElement('template');
  template.innerHTML = markup;
  return template.content.firstElementChild;
}

/** The `tel:` link of a phone number, as the widget writes it (`help_phone_href`). */
const telephone = (phone) => `tel:${phone.startsWith('+') ? '+' : ''}${phone.replace(/[^0-9]/g, '')}`;

/** Sets the text of the `<bdi>` in `holder` that holds `mark`. */
function fill(holder, mark, text) {
  for (const bdi of holder.querySelectorAll('bdi')) if (bdi.textContent === mark) bdi.textContent = text;
}

/** The places of `target` among its parents' child elements, from `top` down. */
function pathOf(top, target) {
  const path = [];
  for (let node = target; node && node !== top; node = node.parentElement) {
    if (!node.parentElement) return null;
    path.unshift([...node.parentElement.children].indexOf(node));
  }
  return path;
}

/** How long a press held down on the first screens holds up the widget's takeover, at most (ms). */
const HOLD_LIMIT = 5000;

/**
 * Makes the first screens work in `place` (whose only child is the welcome's markup) in
 * `locale` with the `shown` settings, until the widget draws in their place. Returns what the
 * widget needs: `record()`, what the client did so far (see crates/domain/src/early.rs), and
 * `handOver()`, which the widget calls in the task in which it draws: it stops the screen and
 * gives the record as it is then, or null while a press is under way (a pointer or a key held
 * down on the screen), for the widget to ask again in the next task. So a press made at any
 * moment of the takeover counts, and none is cut in two.
 */
export function firstSteps(place, locale, shown) {
  const state = { locale, started: false, help: false, stop: false, answers: new Map() };
  const done = [];
  let next = false;
  let saved = false;
  let stopped = false;
  // When a press on the screen began (a pointer or a key went down and has not come up), else 0.
  let held = 0;

  const root = () => place.firstElementChild;
  const active = () => {
    const focused = place.getRootNode().activeElement;
    return focused && root()?.contains(focused) ? focused : null;
  };

  function helpPanel(screens) {
    if (!shown.help.length) return element(screens.help);
    const panel = element(screens.helpWith);
    const list = panel.querySelector('.mp-help-list');
    const model = list.firstElementChild;
    list.textContent = '';
    for (const contact of shown.help) {
      const item = model.cloneNode(true);
      const [, phone, text, url, hours] = item.children;
      fill(item, MARK.name, contact.name);
      if (contact.phone) {
        phone.querySelector('a').href = telephone(contact.phone);
        fill(phone, MARK.phone, contact.phone);
      } else phone.remove();
      if (contact.text) fill(text, MARK.text, contact.text);
      else text.remove();
      if (contact.url) url.querySelector('a').href = contact.url;
      else url.remove();
      if (contact.hours) fill(hours, MARK.hours, contact.hours);
      else hours.remove();
      list.append(item);
    }
    return panel;
  }

  /** Ticks the answers given on the step in `view`, with the ways to take them back and the note. */
  function answers(view, screens) {
    for (const item of view.querySelectorAll('fieldset.mp-item')) {
      const radios = [...item.querySelectorAll('input[type=radio]')];
      const id = radios[0]?.name.replace(/^mp-/, '');
      const value = state.answers.get(id);
      radios.forEach((radio, i) => {
        radio.checked = value === (i === radios.length - 1 ? 'not' : String(i));
      });
      const extra = item.querySelector('.mp-item-extra');
      const clear = extra.querySelector('button');
      if (value !== undefined && !clear) extra.append(element(screens.clear));
      if (value === undefined && clear) clear.remove();
    }
    const note = view.querySelector('.mp-hope-note');
    if (note) {
      const wanted = [...state.answers].some(([id, value]) => HELP_NOTE.includes(`${id} ${value}`));
      if (wanted && !note.firstElementChild) note.append(element(screens.helpNote));
      if (!wanted) note.textContent = '';
    }
  }

  /** The screen for the state now, as the widget would draw it. */
  function view() {
    const screens = FIRST.screens[state.locale];
    const mp = element(state.started ? screens.step : screens.welcome);
    if (shown.name) fill(mp.querySelector('.mp-brand'), mp.querySelector('.mp-brand bdi').textContent, shown.name);
    if (!state.started && shown.intro) {
      const intro = element(screens.intro);
      intro.querySelector('.mp-note-text').textContent = shown.intro;
      if (shown.name) fill(intro, '\uE001', shown.name);
      else intro.querySelector('figcaption').remove();
      mp.querySelector('.mp-step .mp-actions').before(intro);
    }
    if (state.started) answers(mp, screens);
    if (state.help) {
      mp.querySelector('.mp-bar').after(helpPanel(screens));
      const toggle = mp.querySelector('.mp-help-toggle');
      toggle.setAttribute('aria-expanded', 'true');
      toggle.setAttribute('aria-controls', 'mp-support');
    }
    if (state.stop) {
      mp.querySelector('.mp-bar-actions .mp-button-small')?.remove();
      mp.querySelector('.mp-step').replaceWith(element(screens.stop));
    }
    return mp;
  }

  /** Draws the screen again; the focus goes to `focus` (a selector), or stays where it was. */
  function draw(focus) {
    const before = active();
    const path = before && pathOf(root(), before);
    root().replaceWith(view());
    let target = focus ? root().querySelector(focus) : null;
    if (!focus && path) {
      target = root();
      for (const i of path) target = target?.children[i];
    }
    target?.focus({ preventScroll: !focus });
  }

  place.addEventListener('click', (event) => {
    const button = event.target.closest?.('button');
    if (stopped) {
      event.preventDefault();
      event.stopPropagation();
      return;
    }
    if (!button || !root().contains(button)) return;
    const does = (line, change, focus) => {
      done.push(line);
      change();
      draw(focus);
    };
    if (button.matches('.mp-help-toggle')) {
      does(state.help ? 'close-help' : 'help', () => (state.help = !state.help));
    } else if (button.closest('.mp-help-pointer')) {
      does('help', () => (state.help = true), '#mp-support-title');
    } else if (button.closest('#mp-support')) {
      does('close-help', () => (state.help = false));
    } else if (button.closest('.mp-language')) {
      if (button.lang !== state.locale) does(`language ${button.lang}`, () => (state.locale = button.lang));
    } else if (button.closest('#mp-stop')) {
      if (button.matches('.mp-button-primary')) does('continue', () => (state.stop = false), '#mp-step-heading');
      else {
        does('stop-clear', () => {
          state.stop = false;
          state.started = false;
          state.answers.clear();
          next = false;
        });
      }
    } else if (button.closest('.mp-bar-actions')) {
      does('stop', () => (state.stop = true), '#mp-stop-title');
    } else if (button.closest('.mp-save')) {
      // Saving needs the widget: the press is kept, and the widget saves once it starts.
      if (!saved) done.push('save');
      saved = true;
    } else if (button.closest('.mp-item-extra')) {
      const id = button.closest('fieldset').querySelector('input').name.replace(/^mp-/, '');
      done.push(`clear ${id}`);
      state.answers.delete(id);
      answers(root(), FIRST.screens[state.locale]);
    } else if (button.closest('.mp-nav')) {
      if (!button.matches('.mp-button-primary')) does('back', () => (state.started = false), '#mp-step-heading');
      // The next step needs the widget: the press is kept (once), and the widget goes on.
      else if (!next) {
        done.push('next');
        next = true;
      }
    } else if (!state.started && button.matches('.mp-button-primary')) {
      does('start', () => (state.started = true), '#mp-step-heading');
    }
  });
  place.addEventListener('change', (event) => {
    const radio = event.target;
    if (stopped || radio.type !== 'radio') return;
    const radios = [...radio.closest('fieldset').querySelectorAll('input[type=radio]')];
    const i = radios.indexOf(radio);
    const id = radio.name.replace(/^mp-/, '');
    const value = i === radios.length - 1 ? 'not' : String(i);
    done.push(`answer ${id} ${value}`);
    state.answers.set(id, value);
    answers(root(), FIRST.screens[state.locale]);
  });
  // Once the widget has taken over, keys that would change an answer do nothing.
  place.addEventListener('keydown', (event) => {
    if (stopped && event.key !== 'Tab') event.preventDefault();
  }, true);
  // A press under way: the widget waits for it to end before it takes over (see handOver).
  // The window's listeners go once the widget has taken over (`handOver`).
  const watching = new AbortController();
  const { signal } = watching;
  for (const type of ['pointerdown', 'keydown']) place.addEventListener(type, () => (held = performance.now()), { capture: true, signal });
  for (const type of ['pointerup', 'pointercancel', 'keyup']) addEventListener(type, () => (held = 0), { capture: true, signal });
  addEventListener('blur', () => (held = 0), { signal }); // the window's own: the page lost the pointer and keys

  /** Whether `settings` in `language` change the screen drawn with `shown` in `state.locale`. */
  const changes = (settings, language) => language !== state.locale || settings.name !== shown.name
    || settings.intro !== shown.intro || (state.help && JSON.stringify(settings.help) !== JSON.stringify(shown.help));
  // The welcome with the counsellor's settings (the page holds it without them). Drawn again only
  // where they change it: a press on the screen on the page stays on the same button.
  if (shown.name || shown.intro) draw();

  const record = () => {
    const focused = active();
    const path = focused && pathOf(root(), focused);
    return [...done, ...(path ? [`focus ${path.join(' ')}`] : [])].join('\n');
  };
  return {
    record,
    handOver() {
      if (held && performance.now() - held < HOLD_LIMIT) return null;
      stopped = true;
      watching.abort();
      return record();
    },
    /** Shows other settings (the standalone page's settings file, once it has loaded). */
    show(settings, language) {
      const redraw = changes(settings, language);
      shown = settings;
      state.locale = language;
      if (redraw) draw();
    },
  };
}
