import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { _electron as electron, expect, test, type ElectronApplication } from '@playwright/test';
import { electronBinary, NO_ELECTRON_MESSAGE } from './support/electron-binary';
import {
  answerCurrentCard,
  expectArticleWithItems,
  expectItemState,
  expectSourceHighlightedOnClick,
  rateGood,
} from './support/steps';
import { makeDataDir } from './support/web-host';

const binary = electronBinary();
if (!binary) console.warn(NO_ELECTRON_MESSAGE);
test.skip(!binary, NO_ELECTRON_MESSAGE);

const TODAY = '2026-03-02T09:00:00.000Z';
const TOMORROW = '2026-03-03T09:00:00.000Z';

async function launch(dataDir: string, now: string): Promise<ElectronApplication> {
  // Chromium refuses to run as root with its sandbox; CI runs as root.
  const rootArgs = process.getuid?.() === 0 ? ['--no-sandbox'] : [];
  return electron.launch({
    executablePath: binary!,
    args: [...rootArgs, '.'],
    env: { ...process.env, STUDY_DATA_DIR: dataDir, STUDY_NOW: now },
  });
}

test('study in the desktop app: answer, rate, quit, reopen, come back tomorrow, export', async () => {
  const data = await makeDataDir();
  try {
    let app = await launch(data.dir, TODAY);
    let window = await app.firstWindow();
    await expectArticleWithItems(window);
    await expectSourceHighlightedOnClick(window);
    // Isolated and sandboxed: the page sees the named API functions and nothing of Node or Electron.
    const page = await window.evaluate(() => ({
      require: typeof (window as unknown as { require?: unknown }).require,
      process: typeof (window as unknown as { process?: unknown }).process,
      api: Object.keys((window as unknown as { studyApi: object }).studyApi).sort(),
    }));
    expect(page.require).toBe('undefined');
    expect(page.process).toBe('undefined');
    expect(page.api).toContain('rateItem');
    expect(page.api).not.toContain('invoke');

    const itemId = await answerCurrentCard(window);
    await rateGood(window);
    await expectItemState(window, itemId, 'learning');
    await app.close();

    app = await launch(data.dir, TODAY);
    window = await app.firstWindow();
    await expectItemState(window, itemId, 'learning');
    await app.close();

    app = await launch(data.dir, TOMORROW);
    window = await app.firstWindow();
    await expect(window.getByTestId('current-card')).toHaveAttribute('data-item-id', itemId);
    const target = join(data.dir, 'export.json');
    await app.evaluate(({ dialog }, filePath) => {
      dialog.showSaveDialog = (async () => ({ canceled: false, filePath })) as typeof dialog.showSaveDialog;
    }, target);
    await window.getByTestId('export-menu').locator('summary').click();
    await window.getByTestId('export-json').click();
    await expect(window.getByTestId('export-status')).toContainText(target);
    const backup = JSON.parse(await readFile(target, 'utf8'));
    expect(backup.reviews[0]).toMatchObject({ itemId, rating: 3 });
    await app.close();
  } finally {
    await data.remove();
  }
});
