/**
 * Restoring a backup without ever leaving a mix of two states, even when the process dies midway.
 *
 * The order (each step synced before the next):
 *   1. finish (or undo) any earlier restore that was interrupted;
 *   2. check that every file of the backup reads: nothing is touched otherwise;
 *   3. snapshot the current state into `backups/<now>-before-restore/`;
 *   4. copy the backup into `.restore/new/` (review-log files hard-linked);
 *   5. commit: write `.restore/journal.json`, naming the entries the backup holds;
 *   6. for each entry (settings.json, checkpoint.json, articles/, cards/, reviews/): rename the current one
 *      into `.restore/old/`, then rename the restored one into place;
 *   7. delete the journal, then `.restore/`.
 *
 * Before step 5 completes, the data folder is untouched and an interrupted restore is simply dropped.
 * Once the journal exists, the restore is finished on the next open (`recoverInterruptedRestore`): every
 * step of 6 looks at what is where, so running it again is harmless.
 */
import { mkdir, readFile, rename, rm, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { fsyncFolder, writeFileDurably } from '../durable-json-file';
import { FILES } from '../layout';
import { SNAPSHOT_ENTRIES } from '../snapshot';
import { copyDurably, exists } from './files';
import { checkBackup } from './inspect';

export const RESTORE_DIR = '.restore';
const JOURNAL = 'journal.json';
const journalSchema = z.object({ backupId: z.string(), entries: z.array(z.string()) });
type Journal = z.infer<typeof journalSchema>;

/** The backup asked for does not exist. */
export class BackupNotFoundError extends Error {
  constructor(readonly backupId: string) {
    super(`There is no backup "${backupId}".`);
    this.name = 'BackupNotFoundError';
  }
}

/** The backup asked for cannot be restored: a file of it does not read. Nothing was changed. */
export class BackupDamagedError extends Error {
  constructor(
    readonly backupId: string,
    problem: string,
  ) {
    super(`The backup ${backupId} cannot be restored: ${problem}. Nothing was changed.`);
    this.name = 'BackupDamagedError';
  }
}

export interface RestoreStep {
  name: string;
  run(): Promise<void>;
}

const paths = (dataDir: string, entry: string) => ({
  live: join(dataDir, entry),
  staged: join(dataDir, RESTORE_DIR, 'new', entry),
  replaced: join(dataDir, RESTORE_DIR, 'old', entry),
});

/** Moves the current entry into `.restore/old/` unless the restored one is already in its place. */
async function setAsideCurrent(dataDir: string, entry: string, journal: Journal): Promise<void> {
  const { live, staged, replaced } = paths(dataDir, entry);
  if (!(await exists(live))) return;
  if (journal.entries.includes(entry) && !(await exists(staged))) return;
  await mkdir(join(dataDir, RESTORE_DIR, 'old'), { recursive: true });
  await rm(replaced, { recursive: true, force: true });
  await rename(live, replaced);
  await fsyncFolder(dataDir);
  await fsyncFolder(join(dataDir, RESTORE_DIR, 'old'));
}

/** Moves the restored entry from `.restore/new/` into its place, once the current one is out of the way. */
async function putRestoredInPlace(dataDir: string, entry: string): Promise<void> {
  const { live, staged } = paths(dataDir, entry);
  if (!(await exists(staged)) || (await exists(live))) return;
  await rename(staged, live);
  await fsyncFolder(dataDir);
  await fsyncFolder(join(dataDir, RESTORE_DIR, 'new'));
}

async function finish(dataDir: string): Promise<void> {
  await unlink(join(dataDir, RESTORE_DIR, JOURNAL)).catch(() => undefined);
  await fsyncFolder(join(dataDir, RESTORE_DIR)).catch(() => undefined);
  await rm(join(dataDir, RESTORE_DIR), { recursive: true, force: true });
  await fsyncFolder(dataDir);
}

async function readJournal(dataDir: string): Promise<Journal | undefined> {
  let text: string;
  try {
    text = await readFile(join(dataDir, RESTORE_DIR, JOURNAL), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  // Written durably (temporary file and rename): it is whole or absent, unless something else damaged it.
  const parsed = journalSchema.safeParse(JSON.parse(text));
  if (!parsed.success)
    throw new Error(`${RESTORE_DIR}/${JOURNAL} in ${dataDir} is damaged; restore by hand.`);
  return parsed.data;
}

/**
 * Finishes a restore that was interrupted after its commit, or drops one interrupted before (the data
 * folder was not touched then). Call with the folder's lock held, before anything reads the folder.
 * Returns the ID of the backup whose restore was finished, if any.
 */
export async function recoverInterruptedRestore(dataDir: string): Promise<string | undefined> {
  if (!(await exists(join(dataDir, RESTORE_DIR)))) return undefined;
  const journal = await readJournal(dataDir);
  if (journal) {
    for (const entry of SNAPSHOT_ENTRIES) {
      await setAsideCurrent(dataDir, entry, journal);
      await putRestoredInPlace(dataDir, entry);
    }
  }
  await finish(dataDir);
  return journal?.backupId;
}

export interface RestorePlan {
  steps: RestoreStep[];
  /** The snapshot of the state replaced (known once its step ran). */
  safetyBackup(): string | undefined;
}

/**
 * The steps of restoring `backupId` into `dataDir`, in order (see the top of this file). The folder must
 * not be open (the caller holds its lock). `snapshot` takes the "before-restore" snapshot.
 */
export function planRestore(dataDir: string, backupId: string, snapshot: () => Promise<string>): RestorePlan {
  const backup = join(dataDir, FILES.backups, backupId);
  const journal: Journal = { backupId, entries: [] };
  let safety: string | undefined;
  const steps: RestoreStep[] = [
    {
      name: 'finish an interrupted restore',
      run: async () => void (await recoverInterruptedRestore(dataDir)),
    },
    {
      name: 'check the backup',
      run: async () => {
        if (!(await exists(backup))) throw new BackupNotFoundError(backupId);
        const contents = await checkBackup(backup);
        if (!contents.good) throw new BackupDamagedError(backupId, contents.problem ?? 'unreadable');
      },
    },
    { name: 'back up the current state', run: async () => void (safety = await snapshot()) },
    {
      name: 'copy the backup aside',
      run: async () => {
        await rm(join(dataDir, RESTORE_DIR), { recursive: true, force: true });
        await mkdir(join(dataDir, RESTORE_DIR, 'new'), { recursive: true });
        for (const entry of SNAPSHOT_ENTRIES) {
          if (!(await exists(join(backup, entry)))) continue;
          await copyDurably(join(backup, entry), paths(dataDir, entry).staged, entry === FILES.reviews);
          journal.entries.push(entry);
        }
        await fsyncFolder(join(dataDir, RESTORE_DIR, 'new'));
        await fsyncFolder(join(dataDir, RESTORE_DIR));
        await fsyncFolder(dataDir);
      },
    },
    {
      name: 'commit',
      run: () => writeFileDurably(join(dataDir, RESTORE_DIR, JOURNAL), JSON.stringify(journal)),
    },
    ...SNAPSHOT_ENTRIES.flatMap((entry) => [
      { name: `set aside the current ${entry}`, run: () => setAsideCurrent(dataDir, entry, journal) },
      { name: `put the restored ${entry} in place`, run: () => putRestoredInPlace(dataDir, entry) },
    ]),
    { name: 'clean up', run: () => finish(dataDir) },
  ];
  return { steps, safetyBackup: () => safety };
}
