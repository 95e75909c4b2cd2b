import { expect, test } from '@playwright/test';
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

test('the argument outline: thesis first, nodes highlight their sentence, items can be edited and regenerated', async ({
  page,
}) => {
  host = await startHost(data.dir, '2026-03-02T09:00:00.000Z');
  await page.goto(host.url);
  const nodes = page.getByTestId('outline-node');
  await expect(nodes.first()).toHaveAttribute('data-role', 'thesis');
  await expect(nodes.first()).toContainText('highlights the limits of personal chemistry');
  expect(await page.locator('[data-testid="outline-node"][data-role="claim"]').count()).toBeGreaterThan(3);
  expect(await page.locator('[data-testid="outline-node"][data-role="evidence"]').count()).toBeGreaterThan(3);

  await nodes.first().getByTestId('node-heading').click();
  await expect(page.locator('[data-sentence-id="s0"]')).toHaveAttribute('data-highlighted', 'true');

  // Edit a typed item: the new wording shows, marked as edited, and survives a regeneration.
  const row = page
    .locator('.item-row')
    .filter({ has: page.locator('[data-testid="item"]') })
    .nth(5);
  const itemId = (await row.getByTestId('item').getAttribute('data-item-id'))!;
  await row.getByTestId('edit-item').click();
  const editor = page.getByTestId('item-editor');
  await expect(editor).toBeVisible();
  await editor.getByTestId('edit-prompt').fill('Which concept does the author say has limits in diplomacy?');
  await editor.getByTestId('save-item').click();
  await expect(editor).toBeHidden();
  const edited = page.locator(`[data-testid="item"][data-item-id="${itemId}"]`);
  await expect(edited).toContainText('Which concept does the author say has limits in diplomacy?');
  await expect(edited).toContainText('Edited');

  await page.getByTestId('regenerate').click();
  await expect(page.getByTestId('regenerate')).toBeEnabled();
  await expect(page.getByTestId('job')).toHaveCount(0);
  await expect(edited).toContainText('Which concept does the author say has limits in diplomacy?');

  // Suspend from the list, then delete through the editor.
  await row.getByTestId('toggle-suspend').click();
  await expect(edited).toContainText('Suspended');
  await row.getByTestId('edit-item').click();
  await page.getByTestId('delete-item').click();
  await page.getByTestId('confirm-delete').click();
  await expect(page.locator(`[data-testid="item"][data-item-id="${itemId}"]`)).toHaveCount(0);
});
