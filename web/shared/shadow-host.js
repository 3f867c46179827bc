// Gives a counsellor's element a Shadow DOM root holding the widget's stylesheet and a mount
// point, so the host site's CSS cannot reach the widget and the widget's CSS cannot leak out.
// Shared by embed.js and the configurator's preview.

/**
 * The host page's print rules: when a widget's "Print" button is pressed, its element is marked
 * (data-mp-printing), and only that widget is printed, not the rest of the page (header, hero, footer, another widget).
 * Everything that neither is the marked widget nor holds it is left out, and what holds it
 * drops its own position, spacing and width limits, so a sticky header cannot cover the print.
 * A constructed stylesheet: no inline style, so it works under a strict Content-Security-Policy.
 */
const PAGE_PRINT_RULES = `@media print {
  html:has([data-mp-printing]) body :not([data-mp-printing]):not(:has([data-mp-printing])) {
    display: none !important;
  }
  html:has([data-mp-printing]), html:has([data-mp-printing]) body,
  html:has([data-mp-printing]) body :has([data-mp-printing]) {
    position: static !important; inset: auto !important; transform: none !important;
    margin: 0 !important; padding: 0 !important; border: 0 !important;
    max-width: none !important; width: auto !important; min-height: 0 !important;
    box-shadow: none !important; background: none !important;
    display: block !important; overflow: visible !important;
  }
  [data-mp-printing] { max-width: none !important; width: auto !important; margin: 0 !important; }
}`;

let printRulesAdded = false;

/** The attribute on an element that already holds a widget's (closed) shadow root. */
export const SHOWN = 'data-missing-pieces-shown';

/** Adds the page's print rules once, and clears the mark once the browser has printed. */
function addPagePrintRules() {
  if (printRulesAdded) return;
  printRulesAdded = true;
  try {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(PAGE_PRINT_RULES);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  } catch {
    // An older browser prints the whole page, as before.
  }
  window.addEventListener('afterprint', () => {
    for (const marked of document.querySelectorAll('[data-mp-printing]')) marked.removeAttribute('data-mp-printing');
  });
}

/** Marks `host` as the one widget to print (and no other), before the widget opens the dialog. */
function markForPrint(host) {
  for (const marked of document.querySelectorAll('[data-mp-printing]')) marked.removeAttribute('data-mp-printing');
  host.setAttribute('data-mp-printing', '');
}

/**
 * Attaches the shadow root to `host` and returns the element to mount the widget into, and the
 * stylesheet link (whose `load` event says the widget can be shown without a flash).
 * `base` is the URL of the widget's folder.
 */
export function attachShadowHost(host, base) {
  addPagePrintRules();
  // Closed: the page's other scripts get no handle on it from the element (tools that record
  // pages, such as session recorders, take in open Shadow DOM). It is no wall: see the README's
  // "Privacy". The mark tells embed.js, run twice, that the element already shows a widget.
  const shadow = host.attachShadow({ mode: 'closed' });
  host.setAttribute(SHOWN, '');
  // In the capture phase, so the mark is there before the widget's own handler calls print().
  shadow.addEventListener('click', (event) => {
    if (event.target.closest?.('.mp-print')) markForPrint(host);
  }, true);
  const style = document.createElement('link');
  style.rel = 'stylesheet';
  style.href = new URL('widget.css', base).href;
  const root = document.createElement('div');
  root.className = 'mp-host';
  shadow.append(style, root);
  return { root, style };
}
