import { createHash } from 'node:crypto';
import type { ArgumentOf, ArticlePreview, RestoreFileResult } from '../api/contract';
import { AppError } from '../api/errors';
import { BackupFileError, parseBackup, planRestore, type ParsedBackup } from '../export';
import { ArticleImportError, pasteArticle, readArticleFile } from '../import';
import { takeSnapshot, type ArticleRecord, type Store } from '../store';
import { collectCollection } from './exports';
import { generateArticle, type GenerateQuiz } from './items';
import type { ReportProgress } from './jobs';

/** Import problems reach the user as they are: each says what was wrong and what to do. */
function explainImport(error: unknown): never {
  if (error instanceof ArticleImportError) throw new AppError('invalid-argument', error.message);
  throw error;
}

/** Reads an article file (.txt, .md, .html, .pdf) for the user to confirm; nothing is stored yet. */
export async function previewArticleFile(arg: ArgumentOf<'previewArticleFile'>): Promise<ArticlePreview> {
  const bytes = Buffer.from(arg.contentBase64, 'base64');
  return readArticleFile(arg.fileName, bytes).catch(explainImport);
}

export function previewPastedArticle(arg: ArgumentOf<'previewPastedArticle'>): ArticlePreview {
  try {
    return pasteArticle(arg.text);
  } catch (error) {
    explainImport(error);
  }
}

/** A readable, stable ID: the title's words, then a short hash of the text so two articles never collide. */
function articleIdFor(title: string, text: string, taken: (id: string) => boolean): string {
  const slug = title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  const hash = createHash('sha256').update(text).digest('hex');
  for (let length = 8; length <= hash.length; length += 4) {
    const id = `${slug || 'article'}-${hash.slice(0, length)}`;
    if (!taken(id)) return id;
  }
  throw new AppError('invalid-argument', 'This article is already in the library.');
}

/**
 * Adds a confirmed article: its text is checked again (it came from the UI), a backup is taken, then the
 * quiz is generated (off the main thread, with progress) and the article saved with new cards.
 */
export async function addArticle(
  store: Store,
  generate: GenerateQuiz,
  now: Date,
  arg: ArgumentOf<'addArticle'>,
  progress: ReportProgress,
): Promise<string> {
  const checked = previewPastedArticle({ text: arg.text });
  const duplicate = store.articleIds().some((id) => store.cardsDoc(id)?.title === arg.title.trim());
  if (duplicate)
    throw new AppError(
      'invalid-argument',
      `An article titled "${arg.title.trim()}" is already in the library.`,
    );
  const article: ArticleRecord = {
    id: articleIdFor(arg.title, checked.text, (id) => store.cardsDoc(id) !== undefined),
    title: arg.title.trim(),
    author: arg.author.trim(),
    authorBio: '',
    source: arg.source.trim(),
    licence: arg.licence.trim(),
    attribution: '',
    standfirst: false,
    text: checked.text,
    addedAt: now.toISOString(),
  };
  const bundle = await generateArticle(generate, article, now, undefined, progress);
  await store.exclusive(async () => {
    await store.flush();
    await takeSnapshot(store.dataDir, 'before-import', now);
    await store.saveArticle(bundle);
  });
  return article.id;
}

/** A backup file read and checked whole; what is wrong with a bad one reaches the user as it is. */
export function readBackupFile(content: string): ParsedBackup {
  try {
    return parseBackup(content);
  } catch (error) {
    if (error instanceof BackupFileError) throw new AppError('invalid-argument', error.message);
    throw error;
  }
}

/**
 * Restores a JSON backup file by merging it into the library (stable IDs; the newer review wins). The file
 * is read and checked completely before anything changes, and a backup is taken first.
 */
export async function mergeBackupFile(store: Store, now: Date, content: string): Promise<RestoreFileResult> {
  const parsed = readBackupFile(content);
  return store.exclusive(async () => {
    const plan = planRestore(await collectCollection(store), parsed, 'merge');
    await store.flush();
    const backup = await takeSnapshot(store.dataDir, 'before-import', now);
    for (const bundle of plan.write) await store.saveArticle(bundle);
    await store.importReviews(plan.reviews);
    await store.flush();
    const { articlesAdded, articlesUpdated, reviewsAdded } = plan.summary;
    return { mode: 'merge' as const, articlesAdded, articlesUpdated, reviewsAdded, backup };
  });
}
