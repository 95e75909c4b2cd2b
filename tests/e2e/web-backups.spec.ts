import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { makeDataDir, startHost, type RunningHost } from './support/web-host';
import { answerCurrentCard, expectArticleWithItems, expectItemState, rateGood } from './support/steps';

const FIRST_START = '2026-03-02T09:00:00.000Z';
// Before the first card's learning step (10 minutes) ends, so each start shows a new card first.
const SECOND_START = '2026-03-02T09:05:00.000Z';
const THIRD_START = '2026-03-02T09:07:00.000Z';

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

/** Starts the host at `now` and opens the app; a start after a change takes a backup. */
async function openApp(page: Page, now: string): Promise<void> {
  await host?.stop();
  host = await startHost(data.dir, now);
  await page.goto(host.url);
}

async function answerOneCard(page: Page): Promise<string> {
  const itemId = await answerCurrentCard(page);
  await rateGood(page);
  await expect(page.getByTestId('current-card')).not.toHaveAttribute('data-item-id', itemId);
  return itemId;
}

test('answer, back up, answer again, restore the backup: the earlier progress is back', async ({ page }) => {
  await openApp(page, FIRST_START);
  await expectArticleWithItems(page);
  const first = await answerOneCard(page);
  await expect(page.getByTestId('reviewed-today')).toContainText('1');

  // The data changed since the first start's backup, so this start takes one (and thins the day to it).
  await openApp(page, SECOND_START);
  await expectItemState(page, first, 'learning');
  const second = await answerOneCard(page);
  await expect(page.getByTestId('reviewed-today')).toContainText('2');

  await page.getByTestId('open-backups').click();
  const row = page.getByTestId('backup-row');
  await expect(row).toHaveCount(1);
  await expect(row).toHaveAttribute('data-backup-id', /^2026-03-02T09-05-\d{2}-\d{3}Z-scheduled$/);
  await expect(row).toContainText('1 article · 1 review');
  await row.getByTestId('restore-backup').click();
  await expect(row).toContainText('Your current data will be backed up first');
  await row.getByTestId('confirm-restore').click();

  await expect(page.getByTestId('restore-status')).toHaveAttribute('data-status', 'done');
  const safety = page.getByTestId('backup-row').filter({ hasText: 'Before a restore' });
  await expect(safety).toContainText('1 article · 2 reviews');
  await page.getByTestId('close-backups').click();
  await expect(page.getByTestId('backups-dialog')).toHaveCount(0);

  await expect(page.getByTestId('reviewed-today')).toContainText('1');
  await expectItemState(page, first, 'learning');
  await expectItemState(page, second, 'new');

  // The restored state is what the folder holds now: a restart shows it too.
  await openApp(page, THIRD_START);
  await expect(page.getByTestId('reviewed-today')).toContainText('1');
  await expectItemState(page, second, 'new');
});

test('a damaged cards file: the notice offers the newest good backup and restores it', async ({ page }) => {
  await openApp(page, FIRST_START);
  const first = await answerOneCard(page);
  await openApp(page, SECOND_START);
  await expectItemState(page, first, 'learning');
  await host!.stop();
  host = undefined;
  await writeFile(join(data.dir, 'cards', 'hanoi-summit.json'), '{ "schemaVersion": 2, "cards": ');

  await openApp(page, THIRD_START);
  const notice = page.getByTestId('notice').filter({ hasText: 'hanoi-summit.json could not be read' });
  await expect(notice).toBeVisible();
  const offer = notice.getByTestId('notice-action');
  await expect(offer).toContainText('Restore the backup of 2026-03-02 09:05 UTC');
  await offer.click();

  const row = page.locator(
    `[data-testid="backup-row"][data-backup-id="${await offer.getAttribute('data-backup-id')}"]`,
  );
  await expect(row).toContainText('Your current data will be backed up first');
  await row.getByTestId('confirm-restore').click();
  await expect(page.getByTestId('restore-status')).toHaveAttribute('data-status', 'done');
  await page.getByTestId('close-backups').click();

  await expectArticleWithItems(page);
  await expectItemState(page, first, 'learning');
  await expect(page.getByTestId('notice')).toHaveCount(0);
});
