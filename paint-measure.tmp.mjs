import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '/work/wt-paint/scripts/chromium.mjs';
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4631/host/counsellor.html');
await page.waitForFunction(() => document.querySelector('[data-missing-pieces]').getBoundingClientRect().height > 100);
await page.waitForTimeout(1500);
const out = [];
for (let w = 300; w <= 1300; w += 8) {
  await page.setViewportSize({ width: w, height: 800 });
  const h = await page.evaluate(() => document.querySelector('[data-missing-pieces]').getBoundingClientRect().height);
  out.push([w, +(h / 16).toFixed(2)]);
}
console.log(JSON.stringify(out));
await browser.close();
