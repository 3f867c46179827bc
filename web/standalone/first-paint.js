// Runs on the standalone page before its first paint: a plain script in <head>, not inline, so the
// page keeps its strict Content-Security-Policy.
//
// The page holds the widget's first screen as HTML (written by scripts/prerender.mjs): in English,
// with no settings, saved answers or share link. This shows it only when the widget is going to
// draw exactly that screen (the same checks as the widget's, in src/edge/). Otherwise it stays
// hidden and only keeps its place until the widget draws itself a moment later.
(() => {
  // The counsellor's settings file (settings.json, in this folder), asked for now, from the head:
  // boot.js, which needs it before the first screens work, runs only once the page and its
  // modules have arrived, and on a slow connection the file's round trip would then follow
  // theirs instead of overlapping them. Asked again of the server each time (no-cache), so a
  // file the counsellor has just uploaded is the one read; no file, no settings.
  try {
    window.missingPiecesSettingsFile = fetch(new URL('settings.json', document.currentScript.src), { cache: 'no-cache' })
      .then((response) => (response.ok ? response.text() : ''))
      .catch(() => '');
  } catch {
    // boot.js asks for it itself.
  }

  const SPOKEN = ['en', 'es', 'ar'];
  const same = () => {
    // The address gives only the language (and in a frame the widget id), and `preview` shows the
    // site owner's notes; anything else in it is not read (see docs/config.md). A settings file
    // (settings.json) that changes the first screen is known only once it has loaded: the widget
    // then draws its own.
    for (const key of new URLSearchParams(location.search).keys()) {
      if (['language', 'lang', 'widget-id', 'preview'].includes(key.trim().toLowerCase())) return false;
    }
    if (location.hash.startsWith('#mp')) return false; // a share link
    try {
      if (localStorage.getItem('missing-pieces:v1') !== null) return false; // saved answers
    } catch {
      // Storage that cannot be read holds nothing the widget would read.
    }
    const preferred = navigator.languages?.length ? navigator.languages : [navigator.language];
    for (const tag of preferred) {
      const primary = String(tag ?? '').trim().split(/[-_]/)[0].toLowerCase();
      if (SPOKEN.includes(primary)) return primary === 'en';
    }
    return true; // none spoken: English
  };
  if (same()) {
    const html = document.documentElement;
    html.classList.add('mp-first-screen');
    // A press on the first screen before boot.js has made it work is kept: boot.js presses the
    // same buttons again, in order, once it has.
    let presses = 0;
    addEventListener('click', (event) => {
      const button = event.target.closest?.('.mp-prerendered button');
      if (button && !html.hasAttribute('data-mp-live')) button.setAttribute('data-mp-pressed', String((presses += 1)));
    }, true);
  }
})();
