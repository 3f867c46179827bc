import { test, expect, checkA11y, screenshots } from './fixtures.js';
import { content, LABELS, LOCALES } from './content.js';

/** Picks `locale` in the language menu (labelled in English). */
const pick = (page, locale) =>
  page.getByRole('group', { name: 'Language' }).getByRole('button', { name: LABELS[locale].name }).click();

/** The text of a content text map in `locale`. */
const t = (text, locale) => text[locale] ?? text.en;

for (const locale of LOCALES.slice(1)) {
  test(`should complete the whole journey in ${locale}, accessibly`, async ({ page }) => {
    await page.goto('/');
    await pick(page, locale);
    // The menu now shows the chosen language as the pressed one, named in its own language.
    const choice = (l) => page.locator(`.mp-language .mp-link[lang="${l}"]`);
    await expect(choice(locale)).toHaveAttribute('aria-pressed', 'true');
    await expect(choice(locale)).toHaveText(LABELS[locale].name);
    await expect(choice('en')).toHaveAttribute('aria-pressed', 'false');
    const root = page.locator('.mp');
    await expect(root).toHaveAttribute('lang', locale);
    await expect(root).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    await checkA11y(page, `${locale} welcome`);
    if (locale === 'ar') await screenshots(page, 'ar-welcome');

    await page.getByRole('button', { name: LABELS[locale].start }).click();
    for (const [index, area] of content.areas.entries()) {
      await expect(page.locator('#mp-step-heading')).toHaveText(t(area.title, locale));
      // The step count is written in the language's own digits, as every other number is.
      const progress = page.locator('.mp-progress-text');
      if (locale === 'ar') await expect(progress).not.toHaveText(/[0-9]/);
      if (locale === 'ar') await expect(progress).toHaveText(/[٠-٩]/);
      for (const item of content.items.filter((i) => i.area === area.id)) {
        const low = item.polarity === 'reverse' ? 4 : 0;
        await page.getByRole('group', { name: t(item.text, locale) }).getByRole('radio').nth(low).check();
      }
      if (index === 0) {
        await checkA11y(page, `${locale} question`);
        if (locale === 'ar') await screenshots(page, 'ar-question');
      }
      await page.getByRole('button', { name: LABELS[locale].next, exact: true }).click();
    }
    await checkA11y(page, `${locale} reflections`);
    await page.getByRole('button', { name: LABELS[locale].next, exact: true }).click();
    await checkA11y(page, `${locale} review`);
    if (locale === 'ar') await screenshots(page, 'ar-review');
    await page.getByRole('button', { name: LABELS[locale].results }).click();
    await expect(page.locator('.mp-focus-list > li h4').first()).toBeVisible();
    await checkA11y(page, `${locale} results`);
    if (locale === 'ar') await screenshots(page, 'ar-results');
  });
}

test('should keep answers when the language changes mid-way', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Start the check-in' }).click();
  const first = content.items[0];
  await page.getByRole('group', { name: first.text.en }).getByRole('radio').nth(3).check();
  await pick(page, 'es');
  const group = page.getByRole('group', { name: first.text.es });
  await expect(group.getByRole('radio').nth(3)).toBeChecked();
  await expect(page.locator('#mp-step-heading')).toHaveText(content.areas[0].title.es);
});

test('should follow the browser language when the page does not choose one', async ({ browser, baseURL }) => {
  const context = await browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  await page.goto(baseURL);
  await expect(page.locator('.mp')).toHaveAttribute('lang', 'es');
  await context.close();
});
