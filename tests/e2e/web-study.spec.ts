import { readFile } from 'node:fs/promises';
import { expect, test } from '@playwright/test';
import { makeDataDir, startHost, type RunningHost } from './support/web-host';
import {
  answerCurrentCard,
  expectArticleWithItems,
  expectItemState,
  expectSourceHighlightedOnClick,
  rateGood,
} from './support/steps';

const TODAY = '2026-03-02T09:00:00.000Z';
const TOMORROW = '2026-03-03T09:00:00.000Z';

let data: Awaited<ReturnType<typeof makeDataDir>>;
let host: RunningHost | undefined;

test.beforeEach(async () => {
  data = await makeDataDir();
});

test.afterEach(async () => {
  await host?.stop();
  host = undefined;
  await data.remove();
});

test('study in the browser: answer, rate, reload, come back tomorrow, export', async ({ page }) => {
  host = await startHost(data.dir, TODAY);
  await page.goto(host.url);
  await expect(page).not.toHaveURL(/token=/);
  await expectArticleWithItems(page);
  await expectSourceHighlightedOnClick(page);

  const newBefore = Number(await page.getByTestId('count-new').textContent());
  const itemId = await answerCurrentCard(page);
  await rateGood(page);
  await expect(page.getByTestId('current-card')).not.toHaveAttribute('data-item-id', itemId);
  await expect(page.getByTestId('count-new')).toHaveText(String(newBefore - 1));
  await expect(page.getByTestId('reviewed-today')).toContainText('1');
  await expectItemState(page, itemId, 'learning');

  await page.reload();
  await expectItemState(page, itemId, 'learning');
  await expect(page.getByTestId('count-new')).toHaveText(String(newBefore - 1));

  await host.stop();
  host = await startHost(data.dir, TOMORROW);
  await page.goto(host.url);
  await expect(page.getByTestId('current-card')).toHaveAttribute('data-item-id', itemId);
  await expect(page.getByTestId('count-learning')).toHaveText('1');

  const downloadEvent = page.waitForEvent('download');
  await page.getByTestId('export-menu').locator('summary').click();
  await page.getByTestId('export-json').click();
  const download = await downloadEvent;
  expect(download.suggestedFilename()).toMatch(/^argument-study-backup-2026-03-03\.json$/);
  const backup = JSON.parse(await readFile((await download.path())!, 'utf8'));
  expect(backup.reviews).toHaveLength(1);
  expect(backup.reviews[0]).toMatchObject({ itemId, rating: 3, correct: true });
  expect(backup.articles[0].cards[itemId].state).toBe(1);
});

test('a request without the token is refused', async ({ browser }) => {
  host = await startHost(data.dir, TODAY);
  const context = await browser.newContext();
  const page = await context.newPage();
  const response = await page.goto(host.origin + '/');
  expect(response?.status()).toBe(401);
  const api = await context.request.post(`${host.origin}/api/getLibrary`, { data: {} });
  expect(api.status()).toBe(401);
  const wrong = await context.request.get(`${host.origin}/?token=not-the-token`, { maxRedirects: 0 });
  expect(wrong.status()).toBe(401);
  await context.close();
});

test('a data file that is not JSON is moved aside and the app says so', async ({ page }) => {
  const { writeFile, readdir } = await import('node:fs/promises');
  await writeFile(`${data.dir}/settings.json`, '{ this is not json');
  host = await startHost(data.dir, TODAY);
  await page.goto(host.url);
  await expect(page.getByTestId('notice')).toContainText('settings file could not be read');
  await expectArticleWithItems(page);
  expect((await readdir(data.dir)).some((name) => name.startsWith('settings.json.corrupt-'))).toBe(true);
});

test('a second web host on the same data folder is refused with a clear message', async () => {
  host = await startHost(data.dir, TODAY);
  await expect(startHost(data.dir, TODAY)).rejects.toThrow(
    /in use by another Argument Study process \(pid \d+/,
  );
});
