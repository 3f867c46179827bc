// The widget as the pages where counsellors set it up show it: the configurator (configure.html)
// and the WordPress plugin's settings page. Both ask the widget's own checker about the settings
// being typed, and show one widget, rebuilt from those settings, in a Shadow DOM as embed.js
// mounts it. Nothing is sent or stored.
import init, { check_settings, mount_into, settings_table } from './missing-pieces.js';
import { attachShadowHost } from './shadow-host.js';

/** The widget's folder: this module's own. */
const base = new URL('.', import.meta.url);

let ready = null;

/** Starts the widget's WebAssembly once; resolves to the widget's settings table. */
export function loadWidget() {
  ready ??= init({ module_or_path: new URL('missing-pieces_bg.wasm', base) }).then(() => JSON.parse(settings_table()));
  return ready;
}

/**
 * The widget's notes on `pairs` (`[name, value]`, named as `data-` attributes without `data-`),
 * in `locale`: `{ field, explanation, consequence }` each. Call once `loadWidget()` has resolved.
 */
export function checkSettings(pairs, locale = 'en') {
  return JSON.parse(check_settings(JSON.stringify(pairs), locale)).problems;
}

/**
 * The `areas` setting for the area boxes `boxes` (checkboxes whose values are area ids): the
 * ticked ones, or nothing when every area is ticked (the widget's default).
 */
export function areasSetting(boxes) {
  const ticked = boxes.filter((box) => box.checked).map((box) => box.value);
  return ticked.length === boxes.length ? '' : ticked.join(',');
}

/**
 * The `questions` setting (JSON text of a list) for the counsellor's questions, each
 * `{ text, others }`: `text` as written, `others` its wording by language tag. A question with no
 * other wording is text, asked as written in every language; otherwise one text per language,
 * `text` counting as the language `main` (the one the check-in starts in).
 */
export function questionsSetting(questions, main) {
  const list = [];
  for (const { text, others } of questions) {
    if (Object.keys(others).length === 0) {
      if (text) list.push(text);
    } else {
      list.push(text ? { [main]: text, ...others } : others);
    }
  }
  return list.length > 0 ? JSON.stringify(list) : '';
}

/**
 * A preview inside `container`. `show(pairs)` rebuilds it from `pairs` a moment after the last
 * change (typing does not rebuild it on every key); `onState` hears `'loading'`, `'shown'` or
 * `'failed'`. The new widget is built out of sight (class `mp-preview-pending`, which the page
 * hides) and swapped in once its stylesheet has loaded, so it does not flash unstyled; the shown
 * one has class `mp-preview-shown`.
 */
export function livePreview(container, onState = () => {}) {
  const mounted = new WeakMap();
  let generation = 0;
  let timer = 0;
  let last = null;

  /** Stops the widget inside `wrapper` (so replaced previews free their memory) and removes it. */
  const unmount = (wrapper) => {
    mounted.get(wrapper)?.unmount();
    mounted.delete(wrapper);
    wrapper.remove();
  };

  async function rebuild(pairs) {
    const mine = ++generation;
    try {
      await loadWidget();
    } catch {
      container.removeAttribute('aria-busy');
      onState('failed');
      return;
    }
    if (mine !== generation) return;
    for (const pending of container.querySelectorAll('.mp-preview-pending')) unmount(pending);
    const wrapper = document.createElement('div');
    wrapper.className = 'mp-preview-pending';
    const host = document.createElement('div');
    host.setAttribute('data-missing-pieces', '');
    for (const [name, value] of pairs) host.setAttribute(`data-${name}`, value);
    wrapper.append(host);
    container.append(wrapper);
    const { root, style } = attachShadowHost(host, base);
    const loaded = new Promise((resolve) => {
      style.addEventListener('load', resolve, { once: true });
      style.addEventListener('error', resolve, { once: true });
      setTimeout(resolve, 3000);
    });
    mounted.set(wrapper, mount_into(root, host));
    await loaded;
    if (mine !== generation || !wrapper.isConnected) return;
    for (const old of container.querySelectorAll('.mp-preview-shown')) unmount(old);
    wrapper.className = 'mp-preview-shown';
    container.removeAttribute('aria-busy');
    onState('shown');
  }

  return {
    show(pairs) {
      const key = JSON.stringify(pairs);
      if (key === last) return;
      last = key;
      clearTimeout(timer);
      container.setAttribute('aria-busy', 'true');
      onState('loading');
      timer = setTimeout(() => rebuild(pairs), 250);
    },
  };
}
