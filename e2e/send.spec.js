// Sending the results to the counsellor: a short email that fits every mail program, with the
// summary saved as a file to attach; on phones, the system's share sheet with that file.
import { test, expect } from './fixtures.js';
import { toResults } from './content.js';

test('should save the summary and open a short email that asks to attach it', async ({ page }) => {
  await page.goto('/host/plain.html');
  await toResults(page);
  const email = page.getByRole('link', { name: 'Email to my counsellor' });
  const href = await email.getAttribute('href');
  expect(href.length).toBeLessThan(2000);
  const body = decodeURIComponent(href.split('body=')[1]);
  expect(body).toMatch(/My results are in the file check-in-\d{4}-\d\d-\d\d\.txt\. I have attached it to this email\./);
  // The email holds no answer: the areas' names are only in the file.
  expect(body).not.toContain('Holding hope');
  await expect(page.getByText('This saves your results as a file, then opens your email. Attach the file before you send it.')).toBeVisible();
  // No share sheet on this desktop browser, so no button for it.
  await expect(page.getByRole('button', { name: 'Send my results file' })).toHaveCount(0);

  // The click saves the file; the test stops the mail program opening (headless Chromium has
  // none), which leaves the widget's own click handling as it is.
  const download = page.waitForEvent('download');
  await email.evaluate((link) => {
    link.addEventListener('click', (event) => event.preventDefault(), { once: true });
    link.click();
  });
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^check-in-\d{4}-\d\d-\d\d\.txt$/);
});

test('should hand the summary file to the phone\'s share sheet where the browser has one', async ({ page }) => {
  await page.addInitScript(() => {
    window.__shared = [];
    navigator.canShare = (data) => Array.isArray(data?.files) && data.files.every((f) => f instanceof File);
    navigator.share = async (data) => {
      window.__shared.push({ title: data.title, files: await Promise.all(data.files.map(async (f) => ({ name: f.name, type: f.type, text: await f.text() }))) });
    };
  });
  await page.goto('/host/plain.html');
  await toResults(page);
  await page.getByRole('button', { name: 'Send my results file' }).click();
  await expect.poll(() => page.evaluate(() => window.__shared.length)).toBe(1);
  const [shared] = await page.evaluate(() => window.__shared);
  expect(shared.title).toBe('My check-in before my first session');
  expect(shared.files).toHaveLength(1);
  expect(shared.files[0].name).toMatch(/^check-in-\d{4}-\d\d-\d\d\.txt$/);
  expect(shared.files[0].type).toBe('text/plain');
  expect(shared.files[0].text).toContain('Holding hope');
});
