// Settings as counsellors and their visitors' links really give them: tracking parameters,
// settings in the wrong place, hidden characters, and notes in the widget's language.
import { test, expect, checkA11y, live, settingsFile } from './fixtures.js';

test('should pass over tracking parameters on a link to the standalone page without a note', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(
    '/?utm_source=newsletter&utm_medium=email&utm_campaign=spring&fbclid=IwAR0abc&gclid=Cj0KCQ' +
      '&msclkid=5e1f&mc_cid=a1b2&mc_eid=c3d4&ref=facebook&_ga=2.1234&language=es',
  );
  await expect(page.getByRole('button', { name: 'Empezar' })).toBeVisible();
  await expect(page.getByRole('note')).toHaveCount(0);
  expect(warnings).toEqual([]);
});

test('should read nothing from hundreds of names in a link, and say so in one line of the console', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  // Hundreds of different names, each two letters away from "accent", one name given over and
  // over, and a real setting (an address has room for about that many).
  const many = Array.from({ length: 600 }, (_, n) => `accent${n.toString(36).padStart(2, '0')}=`).join('&');
  const again = Array.from({ length: 100 }, () => 'acent=').join('&');
  await page.goto(`/?acent=%23000&${again}&${many}&accent=%23000000`);
  await live(page);
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start the check-in' })).toHaveCSS('background-color', 'rgb(47, 107, 94)');
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toContain('settings: anyone can write an address; so the widget takes only the language');
});

test('should tell the site owner in the console, never the client, about settings it does not read', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto('/host/misplaced.html');
  const widget = page.locator('[data-missing-pieces]');
  await live(page);
  // The client sees the check-in working, and nothing technical.
  await expect(widget.getByRole('note')).toHaveCount(0);
  await expect(widget).not.toContainText('data-');
  await expect.poll(() => warnings.join('\n')).toContain('the widget does not read a block of settings next to it');
  const warning = warnings.join('\n');
  expect(warning).toContain('the widget does not read data- settings on the script tag');
  // data-nosnippet is not a setting, and no note names it.
  expect(warning).not.toContain('nosnippet');
  await checkA11y(page, 'settings in the wrong places');
});

test('should remove a direction override from an urgent help name, so the number reads the right way', async ({ page }) => {
  await settingsFile(page, { language: 'en', urgent_help: [{ name: 'Crisis Line\u202e', phone: '116 123', hours: '24 hours' }] });
  await page.goto('/?preview');
  await page.getByRole('button', { name: 'Need help now?' }).click();
  await expect(page.getByText('Crisis Line', { exact: true })).toBeVisible();
  const panel = page.locator('#mp-support');
  expect(await panel.evaluate((el) => el.textContent.includes('\u202e'))).toBe(false);
  // The preview with notes for the site owner says what was removed.
  await expect(page.getByRole('note')).toContainText('urgent_help[0].name: has hidden marks in it');
});
