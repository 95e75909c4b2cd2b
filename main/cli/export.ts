/**
 * `npm run export -- --data-dir <dir> --format json|revlog-csv|cards-csv|apkg|report --out <file>
 * [--article <id>] [--now <ISO date-time>]`: exports a data folder for scripts. The folder is opened
 * through the store (which takes its lock, so a running app's folder is refused), the file is written
 * atomically, and the store is closed. A missing folder is an error, never created.
 */
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { EXPORT_FORMATS, type ExportFormat } from '../api/contract';
import { AppError } from '../api/errors';
import { collectCollection, renderExport } from '../services/exports';
import { FILES, FolderLockedError, openStore, writeFileDurably, type Store } from '../store';

const USAGE =
  'usage: npm run export -- --data-dir <dir> --format json|revlog-csv|cards-csv|apkg|report --out <file> ' +
  '[--article <id>] [--now <ISO date-time>]';

/** Bad arguments: exit 2. */
class UsageError extends Error {}
/** The folder or the output cannot be used: exit 1. */
class ExportFailure extends Error {}

interface ExportOptions {
  dataDir: string;
  format: ExportFormat;
  out: string;
  articleId?: string;
  now: Date;
}

function parseOptions(argv: string[]): ExportOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        'data-dir': { type: 'string' },
        format: { type: 'string' },
        out: { type: 'string' },
        article: { type: 'string' },
        now: { type: 'string' },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const dataDir = values['data-dir'];
  if (!dataDir) throw new UsageError('--data-dir is required.');
  if (!values.out) throw new UsageError('--out is required.');
  const format = values.format as ExportFormat | undefined;
  if (!format || !EXPORT_FORMATS.includes(format))
    throw new UsageError(
      `--format must be one of ${EXPORT_FORMATS.join(', ')}${format ? `, got "${format}"` : ''}.`,
    );
  const now = values.now === undefined ? new Date() : new Date(values.now);
  if (Number.isNaN(now.getTime()))
    throw new UsageError(`--now must be an ISO 8601 date-time, got "${values.now}".`);
  if (values.article && format !== 'report')
    throw new UsageError('--article applies to --format report only.');
  return { dataDir: resolve(dataDir), format, out: resolve(values.out), articleId: values.article, now };
}

/** The folder must exist and be a data folder: the store would otherwise create one, which an export must not. */
async function checkDataDir(dataDir: string): Promise<void> {
  const info = await stat(dataDir).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') throw new ExportFailure(`There is no data folder at ${dataDir}.`);
    throw new ExportFailure(`The data folder ${dataDir} cannot be read (${error.code ?? error.message}).`);
  });
  if (!info.isDirectory()) throw new ExportFailure(`${dataDir} is not a folder.`);
  // Settings are only written once changed, but every data folder has its articles folder or settings file.
  const marks = [FILES.settings, FILES.articles, FILES.cards];
  const found = await Promise.all(
    marks.map((name) =>
      stat(join(dataDir, name)).then(
        () => true,
        () => false,
      ),
    ),
  );
  if (!found.some(Boolean))
    throw new ExportFailure(
      `${dataDir} is not an Argument Study data folder (it has no ${FILES.settings} and no ${FILES.articles} folder).`,
    );
}

async function checkOutFolder(out: string): Promise<void> {
  const info = await stat(dirname(out)).catch(() => undefined);
  if (!info?.isDirectory()) throw new ExportFailure(`The folder for ${out} does not exist.`);
}

async function runExport(options: ExportOptions): Promise<string> {
  await checkDataDir(options.dataDir);
  await checkOutFolder(options.out);
  let store: Store;
  try {
    store = await openStore({ dataDir: options.dataDir, clock: { now: () => options.now } });
  } catch (error) {
    if (error instanceof FolderLockedError) throw new ExportFailure(error.message);
    throw error;
  }
  try {
    const source = await collectCollection(store);
    const output = await renderExport(source, options.format, options.now, options.articleId).catch(
      (error: unknown) => {
        throw error instanceof AppError ? new ExportFailure(error.message) : error;
      },
    );
    await writeFileDurably(options.out, output.data);
    return `Wrote ${options.format} to ${options.out} (${source.articles.length} articles, ${source.reviews.length} reviews).`;
  } finally {
    await store.close();
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  process.stdout.write(`export: ${await runExport(options)}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`export: ${error.message}\n${USAGE}\n`);
    process.exit(2);
  }
  const message = error instanceof ExportFailure ? error.message : ((error as Error).stack ?? String(error));
  process.stderr.write(`export: ${message}\n`);
  process.exit(1);
});
