// Settings as counsellors and their visitors' links really give them: tracking parameters,
// settings in the wrong place, hidden characters, and notes in the widget's language.
import { test, expect, checkA11y } from './fixtures.js';

test('should pass over tracking parameters on a link to the standalone page without a note', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(
    '/?utm_source=newsletter&utm_medium=email&utm_campaign=spring&fbclid=IwAR0abc&gclid=Cj0KCQ' +
      '&msclkid=5e1f&mc_cid=a1b2&mc_eid=c3d4&ref=facebook&_ga=2.1234&practice-name=Harbour',
  );
  await expect(page.getByRole('button', { name: 'Start the check-in' })).toBeVisible();
  await expect(page.getByText('Harbour', { exact: true })).toBeVisible();
  await expect(page.getByRole('note')).toHaveCount(0);
  expect(warnings).toEqual([]);
});

test('should note a name close to a setting, and list hundreds of such names in one short note', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  // Hundreds of different names, each two letters away from "accent", and one name given over
  // and over (an address has room for about that many).
  const many = Array.from({ length: 600 }, (_, n) => `accent${n.toString(36).padStart(2, '0')}=`).join('&');
  const again = Array.from({ length: 100 }, () => 'acent=').join('&');
  await page.goto(`/?acent=%23000&${again}&${many}`);
  const note = page.getByRole('note');
  await expect(note).toContainText('acent: is not a setting this widget knows. Did you mean "accent"?');
  await expect(note.getByRole('listitem')).toHaveCount(9);
  await expect(note.getByRole('listitem').last()).toHaveText('settings: 593 more notes are not listed here.');
  expect(warnings.length).toBeLessThanOrEqual(9);
});

test('should tell the site owner, in the widget\'s language, about settings it does not read', async ({ page }) => {
  await page.goto('/host/misplaced.html');
  const widget = page.locator('[data-missing-pieces]');
  const note = widget.getByRole('note');
  await expect(note).toContainText('Nota para quien administra el sitio');
  await expect(note).toContainText('el widget no lee un bloque de ajustes que está junto a él');
  await expect(note).toContainText('el widget no lee los ajustes data- de la etiqueta script');
  // data-nosnippet is not a setting, and no note names it.
  await expect(note).not.toContainText('nosnippet');
  await expect(note.getByRole('listitem')).toHaveCount(2);
  await checkA11y(page, 'settings in the wrong places');
});

test('should remove a direction override from an urgent help name, so the number reads the right way', async ({ page }) => {
  const help = JSON.stringify([{ name: 'Crisis Line\u202e', phone: '116 123', hours: '24 hours' }]);
  await page.goto(`/?language=en&urgent-help=${encodeURIComponent(help)}`);
  await page.getByRole('button', { name: 'Need help now?' }).click();
  await expect(page.getByText('Crisis Line', { exact: true })).toBeVisible();
  const panel = page.locator('#mp-support');
  expect(await panel.evaluate((el) => el.textContent.includes('\u202e'))).toBe(false);
  await expect(page.getByRole('note')).toContainText('urgent-help[0].name: has hidden marks in it');
});
