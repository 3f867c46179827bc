// The counsellor's own choices (the `areas` and `questions` settings) on a counsellor's page:
// a shorter check-in asking only the areas chosen, the counsellor's questions asked with the
// reflections and taken away with the client's words, and results that say what was left out.
import { readFileSync } from 'node:fs';
import { test, expect, checkA11y, settingsFile } from './fixtures.js';
import { content, areaTitle, onToReview, stepsAsking } from './content.js';

const ASKED = ['hope', 'relational_support', 'self_compassion'];
const LEFT_OUT = content.areas.map((a) => a.id).filter((id) => !ASKED.includes(id));
// The areas left out that still ask their always-asked questions, each as a short step.
const STEPS = stepsAsking(ASKED);
const OWN = [
  'What would you like me to know before we meet?',
  'Who is at home with you?',
  'Is there a time of day that suits you best? <b>Morning</b> or evening?',
];

test('should ask only the areas the counsellor chose, and their own questions, and say what was left out', async ({ page }) => {
  await page.goto('/host/choices.html');
  const widget = page.locator('[data-missing-pieces]');
  const count = STEPS.reduce((n, step) => n + step.items.length, 0);
  await expect(widget.getByText(`There are ${count} short questions.`, { exact: false })).toBeVisible();
  await expect(widget.getByRole('note')).toHaveCount(0);
  await widget.getByRole('button', { name: 'Start the check-in' }).click();

  // The three areas in full and the always-asked questions of two left out, in the model's
  // order, each answered at the hard end.
  expect(STEPS.filter((s) => !s.full).map((s) => s.area.id)).toEqual(['developing_resources', 'mindful_attitude']);
  for (const { area, full, items } of STEPS) {
    await expect(widget.getByRole('heading', { level: 2, name: area.title.en })).toBeVisible();
    await expect(widget.getByText('Every check-in asks these few questions')).toHaveCount(full ? 0 : 1);
    await expect(widget.locator('fieldset.mp-item')).toHaveCount(items.length);
    for (const item of items) {
      const low = item.polarity === 'reverse' ? 4 : 0;
      await widget.getByRole('group', { name: item.text.en }).getByRole('radio').nth(low).check();
    }
    await widget.getByRole('button', { name: 'Next', exact: true }).click();
  }

  // The reflections, then the counsellor's questions, shown as written (markup as text).
  await expect(widget.getByRole('heading', { level: 2, name: 'In your own words' })).toBeVisible();
  const boxes = widget.getByRole('textbox');
  const free = content.reflections.length;
  await expect(boxes).toHaveCount(free + OWN.length);
  for (const [n, question] of OWN.entries()) {
    await expect(boxes.nth(free + n)).toHaveAccessibleName(question);
  }
  await expect(widget.locator('b')).toHaveCount(0);
  await checkA11y(page, 'own questions');
  await widget.getByRole('textbox', { name: OWN[1] }).fill('My sister and her two children.');
  await onToReview(widget);
  await widget.getByRole('button', { name: 'See my results' }).click();

  // Hard answers across the areas asked: calm support first.
  await expect(widget.getByRole('heading', { name: 'Your answers suggest things feel hard right now' })).toBeVisible();
  await expect(widget.getByRole('heading', { name: 'The areas you were asked about' })).toBeVisible();
  await expect(widget.getByText('This check-in did not ask about these areas')).toBeVisible();
  const leftOut = widget.locator('.mp-left-out-list li');
  await expect(leftOut).toHaveText(LEFT_OUT.map(areaTitle));
  // A sign about an area not asked is never named: nobody was asked about it.
  const lostHope = content.signs.find((s) => s.id === 'lost_hope').title.en;
  await expect(widget.getByText(lostHope).first()).toBeVisible();
  const notAsked = content.signs.find((s) => s.id === 'discounting_strengths').title.en;
  await expect(widget.getByText(notAsked)).toHaveCount(0);
  await checkA11y(page, 'results with areas left out');

  await widget.getByRole('checkbox', { name: 'Include my notes' }).check();
  const [text] = await Promise.all([
    page.waitForEvent('download'),
    widget.getByRole('button', { name: 'Download as text' }).click(),
  ]);
  const summary = readFileSync(await text.path(), 'utf8');
  expect(summary).toContain('This check-in did not ask about these areas');
  for (const id of LEFT_OUT) expect(summary).toContain(`- ${areaTitle(id)}\n`);
  expect(summary).toContain(OWN[1]);
  expect(summary).toContain('My sister and her two children.');
  const [data] = await Promise.all([
    page.waitForEvent('download'),
    widget.getByRole('button', { name: 'Download as data file' }).click(),
  ]);
  const json = JSON.parse(readFileSync(await data.path(), 'utf8'));
  expect(json.areas_left_out).toEqual(LEFT_OUT);
  expect(json.areas.map((a) => a.id)).toEqual(ASKED);
  expect(json.own_questions.own_2).toBe(OWN[1]);
  expect(json.notes.own_2.text).toBe('My sister and her two children.');
});

test('should ask a counsellor\'s question in each language they wrote it in', async ({ page }) => {
  await page.goto('/host/choices.html');
  const widget = page.locator('[data-missing-pieces]');
  await widget.getByRole('button', { name: 'Español' }).click();
  await widget.getByRole('button', { name: 'Empezar' }).click();
  for (let n = 0; n < STEPS.length; n += 1) await widget.getByRole('button', { name: 'Siguiente', exact: true }).click();
  // Written in Spanish too: asked in Spanish; written once: asked as written.
  await expect(widget.getByRole('textbox', { name: '¿Qué te gustaría que supiera antes de vernos?' })).toBeVisible();
  await expect(widget.getByRole('textbox', { name: OWN[1] })).toBeVisible();
  await expect(widget.getByText('Tu terapeuta añadió esta pregunta.').first()).toBeVisible();
});

test('should note too few areas for the site owner and ask every area', async ({ page }) => {
  await settingsFile(page, { areas: ['hope', 'relational_support'], questions: ['Who helps?'] });
  await page.goto('/?preview');
  await expect(page.getByRole('note')).toContainText('areas: names 2 of the areas; a check-in needs at least 3. The default is used.');
  const all = content.items.length;
  await expect(page.getByText(`There are ${all} short questions.`, { exact: false })).toBeVisible();
});
