// The script-tag code as the configurator writes it, as the counsellor's page of the end-to-end
// tests holds it (counsellor.html, between "<!-- the widget" and "<!-- end of the widget -->").
// The benchmark's pages and the tests that serve the widget's files from another address take it
// from here, so the code a counsellor pastes is written once.
import { readFileSync } from 'node:fs';

/** The widget's part of a host page, with the comments that mark it. */
export const WIDGET = /<!-- the widget[^>]*-->[\s\S]*<!-- end of the widget -->/;

/** The counsellor's page (e2e/hosts/counsellor.html). */
export function counsellorPage() {
  const page = readFileSync(new URL('counsellor.html', import.meta.url), 'utf8');
  if (!WIDGET.test(page)) throw new Error('e2e/hosts/counsellor.html has no "<!-- the widget" … "<!-- end of the widget -->"');
  return page;
}

/** The script-tag code, its files named from `folder` (an address ending in "/"; the site's root by default). */
export function snippet(folder = '/') {
  const code = counsellorPage().match(WIDGET)[0];
  return code.replace(/(href|src)="\/([\w.-]+)"/g, (_, attribute, file) => `${attribute}="${folder}${file}"`);
}

/** `page` with its widget's part (marked as above) replaced by `code`. */
export function withWidget(page, code) {
  if (!WIDGET.test(page)) throw new Error('the page has no "<!-- the widget" … "<!-- end of the widget -->"');
  return page.replace(WIDGET, () => code);
}
