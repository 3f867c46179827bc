// Reads the shipped questionnaire and the shared personas, so end-to-end tests use the same
// wording and expectations as the host tests.
import { readFileSync } from 'node:fs';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

export const content = read('../content/questionnaire.json');
/** The languages the widget speaks, first the default (tests/config_table.rs keeps this equal to `Locale::ALL`). */
export const LOCALES = ['en', 'es', 'ar'];
export const personas = read('../tests/personas.json').personas;

/**
 * The steps after the areas, in the order `Journey::middle_steps` (crates/domain/src/journey.rs) lists
 * them with the reflections on; the last is the review. A new screen among them is added here.
 */
export const AFTER_AREAS = ['reflections', 'review'];
/** The steps "Step N of M" counts: one per area and those after the areas. */
export const STEPS = content.areas.length + AFTER_AREAS.length;
/** How many times "Next" leads from the first area to the review. */
export const NEXTS_TO_REVIEW = STEPS - 1;

/** From the step after the last area on to the review, pressing the button named `next`. */
export async function onToReview(scope, next = 'Next') {
  for (let i = 1; i < AFTER_AREAS.length; i += 1) {
    await scope.getByRole('button', { name: next, exact: true }).click();
  }
}

/** The items every check-in asks whatever areas are left out (the always-asked signs' items). */
export const ALWAYS_ASKED = new Set(content.signs.filter((s) => s.always_asked).flatMap((s) => s.items));

/**
 * The steps a check-in asking `areas` (all six when empty) shows, in order, each with the items
 * it asks: the areas asked in full, and the areas left out that keep always-asked items.
 */
export function stepsAsking(areas = []) {
  return content.areas
    .map((area) => {
      const full = areas.length === 0 || areas.includes(area.id);
      const items = itemsIn(area.id).filter((i) => full || ALWAYS_ASKED.has(i.id));
      return { area, full, items };
    })
    .filter((step) => step.items.length > 0);
}

export const areaTitle = (id) => content.areas.find((a) => a.id === id).title.en;
export const itemsIn = (areaId) => content.items.filter((i) => i.area === areaId);

/** Answers `itemId` by clicking the choice at `position` (0-4) on its scale. */
export async function answer(page, itemId, position) {
  const item = content.items.find((i) => i.id === itemId);
  await page.getByRole('group', { name: item.text.en }).getByRole('radio').nth(position).check();
}

/** Each language's name in its own language (the language menu's), and the button names the walks press. */
export const LABELS = {
  en: { name: 'English', start: 'Start the check-in', next: 'Next', results: 'See my results' },
  es: { name: 'Español', start: 'Empezar', next: 'Siguiente', results: 'Ver mis resultados' },
  ar: { name: 'العربية', start: 'لنبدأ', next: 'التالي', results: 'عرض نتائجي' },
};

/**
 * From the welcome to the results inside `scope` (a page or a frame), answering every item at
 * the low-resource end: the longest results there are. `onReflections` runs on the reflections
 * step before moving on.
 */
export async function toResults(scope, { locale = 'en', onReflections } = {}) {
  const labels = LABELS[locale];
  await scope.getByRole('button', { name: labels.start }).click();
  for (const area of content.areas) {
    for (const item of itemsIn(area.id)) {
      const low = item.polarity === 'reverse' ? 4 : 0;
      await scope.getByRole('group', { name: item.text[locale] }).getByRole('radio').nth(low).check();
    }
    await scope.getByRole('button', { name: labels.next, exact: true }).click();
  }
  if (onReflections) await onReflections();
  await onToReview(scope, labels.next);
  await scope.getByRole('button', { name: labels.results }).click();
}
