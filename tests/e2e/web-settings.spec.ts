import { expect, test, type Page } from '@playwright/test';
import { makeDataDir, startHost, type RunningHost } from './support/web-host';
import { answerCurrentCard } from './support/steps';

const TODAY = '2026-03-02T09:00:00.000Z';

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

async function settingsNow(page: Page): Promise<Record<string, unknown>> {
  const response = await page.request.post(`${host!.origin}/api/getSettings`, { data: {} });
  return ((await response.json()) as { value: Record<string, unknown> }).value;
}

const field = (page: Page, name: string) => page.getByTestId(`setting-${name}`);

test('settings are saved, persist across a reload and change today’s queue', async ({ page }) => {
  host = await startHost(data.dir, TODAY);
  await page.goto(host.url);
  await expect(page.getByTestId('count-new')).toHaveText('20');

  await page.getByTestId('nav-settings').click();
  await expect(page.getByTestId('settings-view')).toBeVisible();
  await expect(field(page, 'newCardsPerDay')).toHaveValue('20');
  await expect(field(page, 'learningSteps')).toHaveValue('1m 10m');
  await field(page, 'newCardsPerDay').fill('5');
  await field(page, 'learningSteps').fill('2m 15m 1h');
  await page.getByTestId('save-settings').click();
  await expect(page.getByTestId('settings-status')).toHaveText('Saved');

  await page.getByTestId('nav-study').click();
  await expect(page.getByTestId('count-new')).toHaveText('5');
  await answerCurrentCard(page);
  await expect(page.getByTestId('rate-1')).toContainText('2m');
  await expect(page.getByTestId('rate-3')).toContainText('15m');

  await page.reload();
  await expect(page.getByTestId('count-new')).toHaveText('5');
  await page.getByTestId('nav-settings').click();
  await expect(field(page, 'newCardsPerDay')).toHaveValue('5');
  await expect(field(page, 'learningSteps')).toHaveValue('2m 15m 1h');
  expect(await settingsNow(page)).toMatchObject({ newCardsPerDay: 5, learningSteps: ['2m', '15m', '1h'] });
});

test('a value out of range is refused with the main process’s message and changes nothing', async ({
  page,
}) => {
  host = await startHost(data.dir, TODAY);
  await page.goto(host.url);
  await page.getByTestId('nav-settings').click();
  const before = await settingsNow(page);

  await field(page, 'desiredRetention').fill('1.5');
  await field(page, 'newCardsPerDay').fill('7');
  await page.getByTestId('save-settings').click();
  const status = page.getByTestId('settings-status');
  await expect(status).toContainText('desiredRetention');
  await expect(status).toContainText('0.99');
  await expect(field(page, 'desiredRetention')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'newCardsPerDay')).not.toHaveAttribute('aria-invalid', 'true');
  expect(await settingsNow(page)).toEqual(before);

  await page.reload();
  await page.getByTestId('nav-settings').click();
  await expect(field(page, 'desiredRetention')).toHaveValue('0.9');
  await expect(field(page, 'newCardsPerDay')).toHaveValue('20');
  await page.getByTestId('nav-study').click();
  await expect(page.getByTestId('count-new')).toHaveText('20');
});
