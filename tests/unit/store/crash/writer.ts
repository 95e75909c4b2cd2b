/**
 * A writer process for the crash test: it answers cards as fast as it can and prints "ACK <id>" once each
 * answer is committed. The test kills it with SIGKILL at a random moment.
 */
import { writeSync } from 'node:fs';
import { newCard, createScheduler, type Grade } from '../../../../main/scheduler';
import { ENTRY_VERSION, openStore, type ArticleBundle } from '../../../../main/store';

const ARTICLE = 'crash';
const ITEMS = 40;

function bundle(now: Date): ArticleBundle {
  const items = Array.from({ length: ITEMS }, (_, i) => ({
    id: `item-${i}`,
    articleId: ARTICLE,
    kind: 'cloze' as const,
    prompt: `Prompt ${i} _____`,
    answer: `answer ${i}`,
    sources: [{ start: 0, end: 10 }],
    sourceSentenceIds: ['s0'],
    generator: 'crash@1',
  }));
  const article = {
    id: ARTICLE,
    title: 'Crash',
    author: 'Test',
    authorBio: '',
    source: 'test',
    licence: 'test',
    attribution: 'test',
    standfirst: false,
    text: 'Crash test.',
    addedAt: now.toISOString(),
  };
  return {
    article,
    items,
    cards: Object.fromEntries(items.map((item) => [item.id, { ...newCard(now), suspended: false }])),
  };
}

async function main(): Promise<void> {
  const [dataDir, seedText] = process.argv.slice(2);
  let seed = Number(seedText);
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const clock = { now: () => new Date() };
  const store = await openStore({
    dataDir: dataDir!,
    clock,
    checkpointTiming: { quietMs: 2, maxDelayMs: 10 },
  });
  if (!store.cardsDoc(ARTICLE)) await store.saveArticle(bundle(clock.now()));
  const scheduler = createScheduler({ desiredRetention: 0.9, maximumInterval: 36500, enableFuzz: false });
  writeSync(1, 'READY\n');
  for (let n = 0; ; n++) {
    const itemId = `item-${Math.floor(random() * ITEMS)}`;
    const card = store.cardsDoc(ARTICLE)!.cards[itemId]!;
    const { card: next, log } = scheduler.answer(card, clock.now(), (1 + Math.floor(random() * 4)) as Grade);
    const id = `${process.pid}-${n}`;
    await store.commitReview({
      schemaVersion: ENTRY_VERSION,
      id,
      itemId,
      articleId: ARTICLE,
      ...log,
      durationMs: 1,
      cardAfter: next,
    });
    writeSync(1, `ACK ${id} ${itemId} ${log.review}\n`);
  }
}

main().catch((error: unknown) => {
  writeSync(2, `${String(error)}\n`);
  process.exit(1);
});
