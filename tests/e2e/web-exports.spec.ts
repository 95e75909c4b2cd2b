import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { unzipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { parse } from 'csv-parse/sync';
import { JSDOM } from 'jsdom';
import { answerCurrentCard, rateGood } from './support/steps';
import { makeDataDir, startHost, type RunningHost } from './support/web-host';

let data: Awaited<ReturnType<typeof makeDataDir>>;
let host: RunningHost | undefined;

test.beforeEach(async () => {
  data = await makeDataDir();
});
test.afterEach(async () => {
  await host?.stop();
  await data.remove();
});

async function download(page: Page, format: string): Promise<{ name: string; bytes: Buffer }> {
  await page.getByTestId('export-menu').locator('summary').click();
  const event = page.waitForEvent('download');
  await page.getByTestId(`export-${format}`).click();
  const file = await event;
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

test('every export downloads and reads back with an independent reader', async ({ page }) => {
  host = await startHost(data.dir, '2026-03-02T09:00:00.000Z');
  await page.goto(host.url);
  const itemId = await answerCurrentCard(page);
  await rateGood(page);

  const json = await download(page, 'json');
  expect(JSON.parse(json.bytes.toString()).reviews[0].itemId).toBe(itemId);

  const revlog = await download(page, 'revlog-csv');
  const rows = parse(revlog.bytes.toString(), { columns: true }) as Record<string, string>[];
  expect(rows).toHaveLength(1);
  expect(rows[0]).toMatchObject({ review_rating: '3', review_state: '0' });
  // The web host's clock starts at 09:00 UTC that day and runs on: the review is within the first minutes.
  expect(Number(rows[0]!.review_time) - Date.parse('2026-03-02T09:00:00.000Z')).toBeLessThan(600_000);

  const cards = await download(page, 'cards-csv');
  const cardRows = parse(cards.bytes.toString().replace(/^\uFEFF/, ''), { columns: true }) as Record<
    string,
    string
  >[];
  expect(cardRows.length).toBeGreaterThan(10);

  const apkg = await download(page, 'apkg');
  expect(apkg.name).toMatch(/\.apkg$/);
  const SQL = await initSqlJs();
  const db = new SQL.Database(unzipSync(apkg.bytes)['collection.anki2']);
  const notes = db.exec('select count(*) from notes')[0]!.values[0]![0];
  expect(Number(notes)).toBe(cardRows.length);
  db.close();

  const report = await download(page, 'report');
  const dom = new JSDOM(report.bytes.toString());
  expect(dom.window.document.querySelectorAll('script')).toHaveLength(0);
  expect(dom.window.document.body.textContent).toContain('The Hanoi Trump-Kim Summit');
});

test('an article from a hostile HTML file arrives as plain text, and nothing from it runs', async ({
  page,
}) => {
  host = await startHost(data.dir, '2026-03-02T09:00:00.000Z');
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto(host.url);
  await page.getByTestId('open-import').click();
  await page.getByTestId('import-file').setInputFiles(join('tests/fixtures/import/hostile.html'));
  await expect(page.getByTestId('import-preview')).toBeVisible();
  await page.getByTestId('confirm-author').fill('A. Author');
  await page.getByTestId('confirm-import').click();
  await expect(page.getByTestId('import-dialog')).toBeHidden({ timeout: 30_000 });
  await expect(page.getByTestId('article-picker')).toContainText(
    await page.getByTestId('article-title').innerText(),
  );
  expect(
    await page
      .locator(
        '.article-pane script, .article-pane iframe, .article-pane [onerror], .article-pane a[href^="javascript"]',
      )
      .count(),
  ).toBe(0);
  await expect(page.locator('body')).not.toContainText('ONERROR RAN');
  expect(dialogs).toEqual([]);
  expect(await page.getByTestId('item').count()).toBeGreaterThan(0);
});

test('a binary file and an enormous one are refused with a clear message and change nothing', async ({
  page,
}) => {
  host = await startHost(data.dir, '2026-03-02T09:00:00.000Z');
  await page.goto(host.url);
  await page.getByTestId('open-import').click();
  await page.getByTestId('import-file').setInputFiles('tests/fixtures/import/binary.txt');
  await expect(page.getByTestId('import-problem')).toContainText(/binary|not text/i);
  await page
    .getByTestId('import-file')
    .setInputFiles({ name: 'huge.txt', mimeType: 'text/plain', buffer: Buffer.alloc(5 * 1024 * 1024, 'a') });
  await expect(page.getByTestId('import-problem')).toContainText('5 MB');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('article-picker').locator('option')).toHaveCount(1);
});
