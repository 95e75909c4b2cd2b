import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileDurably } from '../durable-json-file';
import {
  articleDocSchema,
  FILES,
  queueInfoOf,
  LAYOUT_VERSION,
  type ArticleDoc,
  type CardsDoc,
  type SettingsFile,
} from '../layout';
import { dayFileOf } from '../review-log';
import { V1_MONTHLY_LOG, v1ArticleFileSchema, v1SettingsFileSchema } from './v1';

const json = (value: unknown) => JSON.stringify(value, null, 1);

/** Splits each v1 article file into an article file and a cards file; a file already split is left alone. */
async function splitArticles(dataDir: string): Promise<void> {
  const articlesDir = join(dataDir, FILES.articles);
  await mkdir(join(dataDir, FILES.cards), { recursive: true });
  const names = (await readdir(articlesDir).catch(() => [] as string[])).filter((n) => n.endsWith('.json'));
  for (const name of names) {
    const raw: unknown = JSON.parse(await readFile(join(articlesDir, name), 'utf8'));
    if (articleDocSchema.safeParse(raw).success) continue;
    const v1 = v1ArticleFileSchema.parse(raw);
    const cards: CardsDoc = {
      schemaVersion: LAYOUT_VERSION,
      articleId: v1.article.id,
      title: v1.article.title,
      author: v1.article.author,
      cards: v1.cards,
      queueInfo: Object.fromEntries(v1.items.map((item) => [item.id, queueInfoOf(item)])),
    };
    const article: ArticleDoc = {
      schemaVersion: LAYOUT_VERSION,
      article: v1.article,
      items: v1.items,
      removedItemIds: [],
    };
    // Cards first: if the migration stops between the two, it runs again and finds the v1 article still there.
    await writeFileDurably(join(dataDir, FILES.cards, `${v1.article.id}.json`), json(cards));
    await writeFileDurably(join(articlesDir, name), json(article));
  }
}

/** Rewrites the monthly v1 log files as day files. Whole files are written, so running it twice is harmless. */
async function splitLogByDay(dataDir: string): Promise<string[]> {
  const reviewsDir = join(dataDir, FILES.reviews);
  const monthly = (await readdir(reviewsDir).catch(() => [] as string[]))
    .filter((n) => V1_MONTHLY_LOG.test(n))
    .sort();
  const days = new Map<string, string[]>();
  for (const name of monthly) {
    for (const line of (await readFile(join(reviewsDir, name), 'utf8')).split('\n')) {
      const review = /"review":"([^"]+)"/.exec(line)?.[1];
      // Unreadable lines are kept in the pre-migration backup; they carry no usable review.
      if (!review) continue;
      const day = dayFileOf(review);
      const lines = days.get(day);
      if (lines) lines.push(line);
      else days.set(day, [line]);
    }
  }
  for (const [day, lines] of days) await writeFileDurably(join(reviewsDir, day), lines.join('\n') + '\n');
  return monthly.map((name) => join(reviewsDir, name));
}

/** True when the folder holds layout version 1 (its settings file says schemaVersion 1). */
export async function isLayoutV1(dataDir: string): Promise<boolean> {
  try {
    return v1SettingsFileSchema.safeParse(JSON.parse(await readFile(join(dataDir, FILES.settings), 'utf8')))
      .success;
  } catch {
    return false;
  }
}

/**
 * Migrates layout 1 to 2. The settings file is rewritten last: until then the folder still reads as
 * version 1 and the migration, interrupted, simply runs again.
 */
export async function migrateV1ToV2(dataDir: string): Promise<void> {
  const v1 = v1SettingsFileSchema.parse(JSON.parse(await readFile(join(dataDir, FILES.settings), 'utf8')));
  await splitArticles(dataDir);
  const monthlyFiles = await splitLogByDay(dataDir);
  const settings: SettingsFile = {
    layoutVersion: LAYOUT_VERSION,
    settings: v1.settings,
    seededArticles: v1.seededArticles,
    completedDays: [],
  };
  await writeFileDurably(join(dataDir, FILES.settings), json(settings));
  for (const file of monthlyFiles) await unlink(file);
}
