import { expect, type Page } from '@playwright/test';

export const ARTICLE_TITLE = 'The Hanoi Trump-Kim Summit: Personal Chemistry Fizzles';

interface ItemFacts {
  id: string;
  kind: string;
  answer: string;
  sourceSentenceIds: string[];
}

/** Reads the article's items through the page's own API client path (preload bridge or HTTP). */
export async function readItems(page: Page): Promise<ItemFacts[]> {
  return page.evaluate(async () => {
    const argument = { articleId: 'hanoi-summit' };
    const bridge = (window as unknown as { studyApi?: Record<string, (arg: unknown) => Promise<unknown>> })
      .studyApi;
    const envelope = bridge
      ? await bridge.getArticle!(argument)
      : await (
          await fetch('/api/getArticle', {
            method: 'POST',
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ argument }),
          })
        ).json();
    return (envelope as { value: { items: ItemFacts[] } }).value.items;
  });
}

export async function expectArticleWithItems(page: Page): Promise<void> {
  await expect(page.getByTestId('article-title')).toHaveText(ARTICLE_TITLE);
  await expect(page.getByTestId('article-author')).toContainText('Trevor Findlay');
  await expect(page.getByTestId('attribution')).toContainText('Creative Commons');
  await expect(page.getByTestId('article-licence')).toContainText('Creative Commons');
  await expect(page.getByTestId('article-text')).toContainText('personal chemistry');
  expect(await page.getByTestId('item').count()).toBeGreaterThan(10);
}

/** Answers the current card correctly (typed cloze or multiple choice) and returns its item ID. */
export async function answerCurrentCard(page: Page): Promise<string> {
  const card = page.getByTestId('current-card');
  await expect(card).toBeVisible();
  const itemId = (await card.getAttribute('data-item-id'))!;
  const item = (await readItems(page)).find((candidate) => candidate.id === itemId)!;
  if (item.kind === 'cloze') {
    await page.getByTestId('cloze-input').fill(item.answer);
    await page.getByTestId('check-answer').click();
  } else {
    await page.getByTestId('option').filter({ hasText: item.answer }).first().click();
  }
  await expect(page.getByTestId('answer-result')).toHaveAttribute('data-correct', 'true');
  return itemId;
}

export async function rateGood(page: Page): Promise<void> {
  const good = page.getByTestId('rate-3');
  await expect(good).toContainText('10m');
  await expect(page.getByTestId('rate-1')).toContainText('1m');
  await good.click();
}

export async function expectItemState(page: Page, itemId: string, state: string): Promise<void> {
  const row = page.locator(`[data-testid="item"][data-item-id="${itemId}"]`);
  await expect(row).toHaveAttribute('data-state', state);
  await expect(row).toContainText(new RegExp(state, 'i'));
}

export async function expectSourceHighlightedOnClick(page: Page): Promise<void> {
  const item = page.getByTestId('item').nth(2);
  const id = (await item.getAttribute('data-item-id'))!;
  const facts = (await readItems(page)).find((candidate) => candidate.id === id)!;
  await item.click();
  for (const sentenceId of facts.sourceSentenceIds) {
    await expect(page.locator(`[data-sentence-id="${sentenceId}"]`)).toHaveAttribute(
      'data-highlighted',
      'true',
    );
  }
  await expect(page.locator('[data-highlighted="true"]')).toHaveCount(facts.sourceSentenceIds.length);
}
