// Reads the shipped questionnaire and the shared personas, so end-to-end tests use the same
// wording and expectations as the host tests.
import { readFileSync } from 'node:fs';

const read = (path) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8'));

export const content = read('../content/questionnaire.json');
export const personas = read('../tests/personas.json').personas;

export const areaTitle = (id) => content.areas.find((a) => a.id === id).title.en;
export const itemsIn = (areaId) => content.items.filter((i) => i.area === areaId);

/** Answers `itemId` by clicking the choice at `position` (0-4) on its scale. */
export async function answer(page, itemId, position) {
  const item = content.items.find((i) => i.id === itemId);
  await page.getByRole('group', { name: item.text.en }).getByRole('radio').nth(position).check();
}
