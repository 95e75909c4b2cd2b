import { expect, test, type Page } from '@playwright/test';
import { makeDataDir, startHost, type RunningHost } from './support/web-host';
import { answerCurrentCard, rateGood } from './support/steps';

const TODAY = '2026-03-02T09:00:00.000Z';
const ARTICLE = 'hanoi-summit';
/** Answered through the API before the Stats view opens. */
const ANSWERED = 4;

interface Item {
  id: string;
  kind: string;
  sourceSentenceIds: string[];
  argumentNode?: string;
}
interface ArticleView {
  items: Item[];
  sentences: { id: string; text: string }[];
  argumentMap: { thesis: string[]; nodes: { id: string; sentence: string; role: string }[] };
}

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

async function api<T>(page: Page, channel: string, argument?: unknown): Promise<T> {
  const response = await page.request.post(`${host!.origin}/api/${channel}`, {
    data: argument === undefined ? {} : { argument },
  });
  const envelope = (await response.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!envelope.ok) throw new Error(`${channel}: ${envelope.error?.message}`);
  return envelope.value;
}

/** Rates the first `count` cards of today's queue Good, as the study screen would. */
async function answerThroughApi(page: Page, count: number): Promise<string[]> {
  const today = await api<{ queue: string[] }>(page, 'getToday', { articleId: ARTICLE });
  const answered = today.queue.slice(0, count);
  for (const itemId of answered) {
    const preview = await api<{ cardStamp: string }>(page, 'previewRatings', { itemId });
    await api(page, 'rateItem', { itemId, rating: 3, cardStamp: preview.cardStamp, durationMs: 6000 });
  }
  return answered;
}

const summaryOf = (page: Page, chart: string) => page.getByTestId(chart).getByTestId('chart-summary');

/** Console errors and uncaught exceptions, e.g. a CSP violation by the charting library. */
function watchErrors(page: Page): string[] {
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(message.text());
  });
  page.on('pageerror', (error) => problems.push(error.message));
  return problems;
}

test('statistics, mastery, the optimiser and the overlay after a few answers', async ({ page }) => {
  const problems = watchErrors(page);
  host = await startHost(data.dir, TODAY);
  await page.goto(host.url);
  await expect(page.getByTestId('article-title')).toBeVisible();
  const article = await api<ArticleView>(page, 'getArticle', { articleId: ARTICLE });
  const answered = await answerThroughApi(page, ANSWERED);

  await page.getByTestId('nav-stats').click();
  await expect(page.getByTestId('stats-view')).toBeVisible();
  await expect(page.getByTestId('nav-stats')).toHaveAttribute('aria-current', 'page');
  await expect(summaryOf(page, 'chart-heatmap')).toContainText(`${ANSWERED} reviews on 1 day`);
  await expect(summaryOf(page, 'chart-buttons')).toContainText(
    `Learning: ${ANSWERED} answers (Again 0, Hard 0, Good ${ANSWERED}, Easy 0)`,
  );
  await expect(summaryOf(page, 'chart-card-counts')).toContainText(`${ANSWERED} learning`);
  await expect(summaryOf(page, 'chart-forecast')).toContainText(`${ANSWERED} cards due in the next 30 days`);
  await expect(summaryOf(page, 'chart-stability')).toContainText(`${ANSWERED} studied cards`);
  await expect(summaryOf(page, 'chart-retrievability')).toContainText(`${ANSWERED} studied cards`);
  await expect(summaryOf(page, 'chart-time')).toContainText('Today under a minute');
  await expect(summaryOf(page, 'chart-retention')).toContainText('Desired retention: 90%');
  const newRow = page.getByTestId('retention-by-state').getByRole('row', { name: /^New/ });
  await expect(newRow).toContainText(String(ANSWERED));
  for (const chart of [
    'heatmap',
    'forecast',
    'card-counts',
    'buttons',
    'stability',
    'retrievability',
    'time',
  ])
    await expect(page.getByTestId(`chart-${chart}`).locator('canvas').first()).toBeVisible();

  // The forecast's range and the retention period switch.
  await page.getByTestId('forecast-range').getByText('90 days').click();
  await expect(summaryOf(page, 'chart-forecast')).toContainText('in the next 90 days');

  const thesisSentence = article.sentences.find((s) => s.id === article.argumentMap.thesis[0])!;
  const thesisId = article.argumentMap.nodes.find((node) => node.sentence === thesisSentence.id)!.id;
  const thesisRow = page.getByTestId('mastery-table').locator(`[data-node="${thesisId}"]`);
  await expect(thesisRow).toHaveAttribute('data-role', 'thesis');
  await expect(thesisRow).toContainText(thesisSentence.text.slice(0, 60));

  await page.getByTestId('optimise').click();
  const result = page.getByTestId('optimiser-result');
  await expect(result).toHaveAttribute('data-status', 'not-enough-history');
  await expect(result).toContainText('Not enough history to optimise yet');
  await expect(result).toContainText('20 more');

  if (process.env.STATS_SCREENSHOT) await page.screenshot({ path: process.env.STATS_SCREENSHOT });

  // The overlay tints exactly the sentences of the answered items.
  await page.getByTestId('nav-study').click();
  await page.getByTestId('toggle-overlay').click();
  await expect(page.getByTestId('toggle-overlay')).toHaveAttribute('aria-pressed', 'true');
  const itemsById = new Map(article.items.map((item) => [item.id, item]));
  const tinted = new Set(answered.flatMap((id) => itemsById.get(id)!.sourceSentenceIds));
  for (const sentenceId of tinted)
    await expect(page.locator(`[data-sentence-id="${sentenceId}"]`)).toHaveAttribute(
      'data-mastery',
      /^(0|1)\.\d\d$/,
    );
  await expect(page.locator('[data-mastery]')).toHaveCount(tinted.size);
  await expect(page.getByTestId('overlay-legend')).toContainText(`${tinted.size} sentence`);

  // An answer given while the overlay is on tints its sentences too; a highlight keeps the tint.
  const itemId = await answerCurrentCard(page);
  await rateGood(page);
  for (const sentenceId of itemsById.get(itemId)!.sourceSentenceIds) tinted.add(sentenceId);
  await expect(page.locator('[data-mastery]')).toHaveCount(tinted.size);
  await page.locator(`[data-testid="item"][data-item-id="${itemId}"]`).click();
  const source = page.locator(`[data-sentence-id="${itemsById.get(itemId)!.sourceSentenceIds[0]}"]`);
  await expect(source).toHaveAttribute('data-highlighted', 'true');
  await expect(source).toHaveAttribute('data-mastery', /\d/);

  await page.getByTestId('toggle-overlay').click();
  await expect(page.locator('[data-mastery]')).toHaveCount(0);
  expect(problems).toEqual([]);
});

test('with no reviews the Stats view says so instead of drawing empty charts', async ({ page }) => {
  host = await startHost(data.dir, TODAY);
  await page.goto(host.url);
  await page.getByTestId('nav-stats').click();
  await expect(page.getByTestId('stats-empty')).toContainText('No reviews yet');
  await expect(summaryOf(page, 'chart-heatmap')).toContainText('0 reviews on 0 days');
  await expect(page.getByTestId('chart-heatmap').getByTestId('chart-empty')).toBeVisible();
  await expect(page.getByTestId('chart-heatmap').locator('canvas')).toHaveCount(0);
  await expect(page.getByTestId('chart-card-counts').locator('canvas').first()).toBeVisible();
  await expect(page.getByTestId('mastery-table').locator('[data-role="thesis"]').first()).toBeVisible();
});
