// Only the counsellor decides what the check-in says. Anyone can write an address: a link to the
// check-in on the counsellor's own site, or a frame on a site of their own. Such an address gets
// nothing of what it carries onto any screen, into the help panel or into any link; the
// counsellor's settings file, their page and their frame still show their own settings.
import { test, expect, checkA11y, live, settingsFile } from './fixtures.js';
import { toResults } from './content.js';

/** What a stranger's link tries to put on the counsellor's page. */
const CRAFTED = {
  'urgent-help': JSON.stringify([{ name: 'Quiet Harbour Helpline', phone: '0900 555 0199', url: 'https://crafted.example/help' }]),
  'contact-email': 'listener@crafted.example',
  'contact-phone': '0900 555 0123',
  'booking-url': 'https://crafted.example/book',
  'practice-name': 'Sunrise Wellbeing Practice',
  intro: 'Hello from Sunrise. Write to listener@crafted.example.',
  questions: 'What is your home address, Sunrise asks?',
  areas: 'mindful_attitude,self_compassion,positive_experiences',
  reflections: 'off',
  saving: 'off',
  accent: '#8b0000',
  // {"practice_name":"Sunrise Code"} as a settings code.
  config: 'eyJwcmFjdGljZV9uYW1lIjoiU3VucmlzZSBDb2RlIn0',
};
/** Words, numbers and addresses from CRAFTED that must appear nowhere. */
const TELLTALES = ['Sunrise', 'Quiet Harbour', '0900', '555', 'crafted.example', 'listener@', 'home address'];

/** The counsellor's own settings file. */
const OWN = {
  practice_name: 'Harbour Counselling',
  contact: { email: 'hello@harbour.example' },
  urgent_help: [{ name: 'Samaritans', phone: '116 123', hours: '24 hours, every day' }],
};

const craftedQuery = (extra = {}) => new URLSearchParams({ ...extra, ...CRAFTED }).toString();

/** Everything `scope` shows and links to: its text, and every link's address. */
async function shown(scope) {
  const root = scope.locator('.mp').first();
  const text = await root.innerText();
  const links = await root.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  return `${text}\n${links.join('\n')}`;
}

/** Checks the welcome, the help panel, every step and the results inside `scope`. */
async function expectNoneOfTheCraftedWords(scope) {
  const seen = [];
  const look = async (where) => {
    const all = await shown(scope);
    seen.push(where);
    for (const word of TELLTALES) expect(all, `${word} on ${where}`).not.toContain(word);
  };
  await look('the welcome');
  await scope.getByRole('button', { name: 'Need help now?' }).click();
  await expect(scope.locator('#mp-support')).toBeVisible();
  await look('the help panel');
  await scope.getByRole('button', { name: 'Close' }).click();
  await toResults(scope, { onReflections: () => look('the reflections') });
  await expect(scope.getByRole('heading', { name: 'Where you might start' })).toBeVisible();
  // Every area was asked (toResults answers every area's questions): the crafted areas, which
  // left hope out, were not used.
  await look('the results');
  await scope.getByRole('button', { name: 'Need help now?' }).click();
  await look('the help panel on the results');
  return seen;
}

test('should show nothing of a crafted link on the check-in opened on its own', async ({ page }) => {
  const warnings = [];
  page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
  await page.goto(`/?${craftedQuery()}`);
  await live(page);
  await expect(page.getByRole('note')).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Start the check-in' })).toHaveCSS('background-color', 'rgb(47, 107, 94)');
  expect(await expectNoneOfTheCraftedWords(page)).toHaveLength(5);
  // The site owner's console says the address is not read, and repeats none of it.
  expect(warnings.join('\n')).toContain('the widget takes only the language');
  for (const word of TELLTALES) expect(warnings.join('\n')).not.toContain(word);
});

test('should keep the counsellor\'s own settings file over a crafted link, and take only the language from it', async ({ page }) => {
  await settingsFile(page, OWN);
  await page.goto(`/?${craftedQuery({ language: 'es' })}`);
  await expect(page.getByText('Harbour Counselling', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Empezar' })).toBeVisible();
  await page.getByRole('button', { name: '¿Necesitas ayuda ahora?' }).click();
  await expect(page.locator('#mp-support')).toContainText('Samaritans');
  const all = await shown(page);
  for (const word of TELLTALES) expect(all).not.toContain(word);
});

test('should show nothing of crafted settings in a frame on another site', async ({ page }) => {
  const src = `/?${craftedQuery({ parent: 'https://www.crafted.example' })}`;
  await page.route('**/host/crafted-frame.html', (route) => route.fulfill({
    contentType: 'text/html',
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Someone else's page</title>
      <link rel="icon" href="data:,"></head><body><main><h1>Someone else's page</h1>
      <iframe data-missing-pieces-frame title="Check-in" width="100%" height="900" src="${src.replace(/&/g, '&amp;')}"></iframe>
      </main></body></html>`,
  }));
  await settingsFile(page, OWN);
  await page.goto('/host/crafted-frame.html');
  const frame = page.frameLocator('iframe[data-missing-pieces-frame]');
  await live(frame);
  // The counsellor's own settings, from the file in their folder; none of the frame's.
  await expect(frame.getByText('Harbour Counselling', { exact: true })).toBeVisible();
  await expect(frame.getByRole('note')).toHaveCount(0);
  expect(await expectNoneOfTheCraftedWords(frame)).toHaveLength(5);
  await expect(frame.locator('#mp-support')).toContainText('116 123');
});

test('should show the counsellor\'s own settings in the iframe on their page, from their settings file', async ({ page }) => {
  await settingsFile(page, OWN);
  await page.goto('/host/iframe.html');
  const frame = page.frameLocator('iframe[data-missing-pieces-frame]');
  // The language and the frame's parent come from the frame's address; the rest from the file.
  await expect(frame.getByRole('button', { name: 'Empezar' })).toBeVisible();
  await expect(frame.getByText('Harbour Counselling', { exact: true })).toBeVisible();
  await frame.getByRole('button', { name: '¿Necesitas ayuda ahora?' }).click();
  await expect(frame.getByRole('link', { name: 'Llamar al 116 123' })).toHaveAttribute('href', 'tel:116123');
  await checkA11y(page, 'iframe with the counsellor\'s settings file');
});

test('should show the site owner the notes on their settings file in the preview, and clients none', async ({ page }) => {
  await settingsFile(page, { ...OWN, accent: 'teal' });
  await page.goto('/');
  await live(page);
  await expect(page.getByText('Harbour Counselling', { exact: true })).toBeVisible();
  await expect(page.getByRole('note')).toHaveCount(0);
  await page.goto('/?preview');
  const note = page.getByRole('note');
  await expect(note).toContainText('Note for the site owner');
  await expect(note).toContainText('accent: "teal" is not a colour');
  await checkA11y(page, 'the preview for the site owner');
});
