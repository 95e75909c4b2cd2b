import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileDurably } from '../durable-json-file';
import { articleDocSchema, cardsDocSchema, checkpointSchema, FILES, settingsFileSchema } from '../layout';
import { v1ArticleFileSchema, v1SettingsFileSchema } from '../migrations/v1';
import { SNAPSHOT_ENTRIES } from '../snapshot';
import { exists, filesUnder } from './files';
import { FINGERPRINT_FILE } from './fingerprint';
import { MARKED_REASONS } from './names';

/** What a backup holds, and whether every file of it reads. */
export interface BackupContents {
  good: boolean;
  /** Why it is not good: the first file that does not read, or an unfinished copy. */
  problem?: string;
  articleCount: number;
  reviewCount: number;
  sizeBytes: number;
}

/** A backup never changes once complete, so what was found is kept beside it. */
const SUMMARY_FILE = 'summary.json';
const summarySchema = z.object({
  version: z.literal(1),
  good: z.boolean(),
  problem: z.string().optional(),
  articleCount: z.number().int().nonnegative(),
  reviewCount: z.number().int().nonnegative(),
  sizeBytes: z.number().int().nonnegative(),
});

class BackupProblem extends Error {}

async function readJson(folder: string, path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(join(folder, path), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  try {
    return JSON.parse(text);
  } catch {
    throw new BackupProblem(`${path} is not valid JSON`);
  }
}

async function parseFile<T>(folder: string, path: string, schema: z.ZodType<T>): Promise<T | undefined> {
  const raw = await readJson(folder, path);
  if (raw === undefined) return undefined;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new BackupProblem(`${path} does not match the expected format`);
  return parsed.data;
}

async function jsonFiles(folder: string, sub: string): Promise<string[]> {
  const names = await readdir(join(folder, sub)).catch(() => [] as string[]);
  return names.filter((name) => name.endsWith('.json')).sort();
}

/** Layout 2: every cards file and the article file it belongs to. Returns the number of articles. */
async function checkLayout2(folder: string): Promise<number> {
  await parseFile(folder, FILES.checkpoint, checkpointSchema);
  const cardFiles = await jsonFiles(folder, FILES.cards);
  for (const name of cardFiles) {
    const cards = await parseFile(folder, `${FILES.cards}/${name}`, cardsDocSchema);
    const articlePath = `${FILES.articles}/${cards!.articleId}.json`;
    if (!(await parseFile(folder, articlePath, articleDocSchema)))
      throw new BackupProblem(`${articlePath} is missing`);
  }
  return cardFiles.length;
}

/** Layout 1 (before the migration to 2): one file per article, cards included. */
async function checkLayout1(folder: string): Promise<number> {
  const names = await jsonFiles(folder, FILES.articles);
  for (const name of names) await parseFile(folder, `${FILES.articles}/${name}`, v1ArticleFileSchema);
  return names.length;
}

/** Answers in the log, less the ones taken back (an undo line cancels one review). */
async function countReviews(folder: string): Promise<number> {
  let reviews = 0;
  let undos = 0;
  const reviewsDir = join(folder, FILES.reviews);
  for (const name of await readdir(reviewsDir).catch(() => [] as string[])) {
    if (!name.endsWith('.jsonl')) continue;
    for (const line of (await readFile(join(reviewsDir, name), 'utf8')).split('\n')) {
      if (line.trim() === '') continue;
      if (line.includes('"type":"undo"')) undos++;
      else reviews++;
    }
  }
  return Math.max(0, reviews - undos);
}

/** Reads every file of a backup (no cache): what `restoreBackup` checks before it touches anything. */
export async function checkBackup(folder: string): Promise<BackupContents> {
  let sizeBytes = 0;
  for (const entry of SNAPSHOT_ENTRIES)
    for (const file of await filesUnder(join(folder, entry))) sizeBytes += file.size;
  const reviewCount = await countReviews(folder);
  try {
    const settings = await readJson(folder, FILES.settings);
    let articleCount: number;
    if (settings !== undefined && v1SettingsFileSchema.safeParse(settings).success) {
      articleCount = await checkLayout1(folder);
    } else {
      if (settings !== undefined && !settingsFileSchema.safeParse(settings).success)
        throw new BackupProblem(`${FILES.settings} does not match the expected format`);
      articleCount = await checkLayout2(folder);
    }
    return { good: true, articleCount, reviewCount, sizeBytes };
  } catch (error) {
    if (!(error instanceof BackupProblem)) throw error;
    return { good: false, problem: error.message, articleCount: 0, reviewCount, sizeBytes };
  }
}

/** Whether the copy finished (see MARKED_REASONS). */
export async function isComplete(folder: string, reason: string): Promise<boolean> {
  return !MARKED_REASONS.includes(reason) || (await exists(join(folder, FINGERPRINT_FILE)));
}

/**
 * What a backup holds, read once and then remembered in its `summary.json`. An unfinished copy is not
 * remembered (nor checked further): it is what a crash during a snapshot leaves.
 */
export async function describeBackup(folder: string, reason: string): Promise<BackupContents> {
  try {
    const cached = summarySchema.safeParse(JSON.parse(await readFile(join(folder, SUMMARY_FILE), 'utf8')));
    if (cached.success) {
      const { version: _version, ...contents } = cached.data;
      return contents;
    }
  } catch {
    // No summary yet (or an unreadable one): read the backup.
  }
  if (!(await isComplete(folder, reason))) {
    return { good: false, problem: 'the copy was cut short', articleCount: 0, reviewCount: 0, sizeBytes: 0 };
  }
  const contents = await checkBackup(folder);
  const summary = JSON.stringify({ version: 1, ...contents });
  await writeFileDurably(join(folder, SUMMARY_FILE), summary).catch(() => undefined);
  return contents;
}
