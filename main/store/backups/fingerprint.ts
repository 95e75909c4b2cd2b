import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { FILES } from '../layout';

/** Written into a snapshot, last: what the data folder looked like, and proof the copy finished. */
export const FINGERPRINT_FILE = 'fingerprint.json';

const fingerprintSchema = z.object({ version: z.literal(1), files: z.array(z.string()) });
export type Fingerprint = z.infer<typeof fingerprintSchema>;

/** Every entry whose change means the data changed; checkpoint.json only follows the log, so it is left out. */
async function describe(
  dataDir: string,
  folder: string,
  suffix: string,
  withTime: boolean,
): Promise<string[]> {
  const names = folder ? await readdir(join(dataDir, folder)).catch(() => [] as string[]) : [FILES.settings];
  const lines: string[] = [];
  for (const name of names.filter((n) => n.endsWith(suffix))) {
    const path = folder ? `${folder}/${name}` : name;
    const info = await stat(join(dataDir, path)).catch(() => undefined);
    // JSON files are replaced by rename: size and time. Log files only grow: their size is their end.
    if (info) lines.push(withTime ? `${path} ${info.size} ${info.mtimeMs}` : `${path} ${info.size}`);
  }
  return lines;
}

/**
 * A cheap summary of the data folder: the size of every review-log file (where the log ends) and the size
 * and modification time of the settings, article and cards files. Equal fingerprints, unchanged data.
 */
export async function fingerprintOf(dataDir: string): Promise<Fingerprint> {
  const files = [
    ...(await describe(dataDir, '', FILES.settings, true)),
    ...(await describe(dataDir, FILES.articles, '.json', true)),
    ...(await describe(dataDir, FILES.cards, '.json', true)),
    ...(await describe(dataDir, FILES.reviews, '.jsonl', false)),
  ];
  return { version: 1, files: files.sort() };
}

export function sameFingerprint(a: Fingerprint, b: Fingerprint): boolean {
  return a.files.length === b.files.length && a.files.every((line, index) => line === b.files[index]);
}

/** The fingerprint a snapshot was taken with; undefined when it has none (or an unreadable one). */
export async function readFingerprint(backupFolder: string): Promise<Fingerprint | undefined> {
  try {
    const parsed = fingerprintSchema.safeParse(
      JSON.parse(await readFile(join(backupFolder, FINGERPRINT_FILE), 'utf8')),
    );
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
