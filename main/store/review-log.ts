import { mkdir, open, readdir, readFile, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import { reviewEntrySchema, type ReviewEntry } from './schema';

/** The log is sharded by month, so no file grows without bound and old shards are never touched. */
function shardName(reviewIso: string): string {
  return `${reviewIso.slice(0, 7)}.jsonl`;
}

async function endsWithNewline(handle: FileHandle): Promise<boolean> {
  const { size } = await handle.stat();
  if (size === 0) return true;
  const last = Buffer.alloc(1);
  await handle.read(last, 0, 1, size - 1);
  return last[0] === 0x0a;
}

export interface LogReadResult {
  entries: ReviewEntry[];
  /** Lines that could not be read (a write cut short by a crash, or damage); they are skipped, not removed. */
  problems: string[];
}

/** The append-only review log: one JSON line per answer, fsync'd before the answer is acknowledged. */
export class ReviewLog {
  constructor(readonly folder: string) {}

  async append(entry: ReviewEntry): Promise<void> {
    await mkdir(this.folder, { recursive: true });
    const handle = await open(join(this.folder, shardName(entry.review)), 'a+');
    try {
      // A crash mid-append can leave a torn last line; start on a fresh line so this entry stays whole.
      const prefix = (await endsWithNewline(handle)) ? '' : '\n';
      await handle.appendFile(`${prefix}${JSON.stringify(entry)}\n`, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  async readAll(): Promise<LogReadResult> {
    const result: LogReadResult = { entries: [], problems: [] };
    let names: string[];
    try {
      names = (await readdir(this.folder)).filter((name) => /^\d{4}-\d{2}\.jsonl$/.test(name)).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return result;
      throw error;
    }
    for (const name of names) await this.readShard(name, result);
    return result;
  }

  private async readShard(name: string, result: LogReadResult): Promise<void> {
    const lines = (await readFile(join(this.folder, name), 'utf8')).split('\n');
    lines.forEach((line, index) => {
      if (line.trim() === '') return;
      const parsed = reviewEntrySchema.safeParse(safeJson(line));
      if (parsed.success) result.entries.push(parsed.data);
      else result.problems.push(`${name} line ${index + 1}`);
    });
  }
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}
