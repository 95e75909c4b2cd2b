import { copyFile, mkdir, open, readdir, readFile, rename, stat, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import type { LogPosition } from './layout';
import { reviewEntrySchema, type ReviewEntry } from './schema';
import { fsyncFolder } from './durable-json-file';

const DAY_FILE = /^\d{4}-\d{2}-\d{2}\.jsonl$/;

/** The day file an entry belongs to: its review's UTC date. Old days are never written again. */
export function dayFileOf(reviewIso: string): string {
  return `${reviewIso.slice(0, 10)}.jsonl`;
}

export interface LogReadResult {
  entries: ReviewEntry[];
  /** Lines that could not be read (a write cut short by a crash, or damage); skipped, never removed. */
  problems: string[];
  /** Where the log ended when it was read. */
  end: LogPosition | null;
}

interface OpenDay {
  file: string;
  handle: FileHandle;
  size: number;
  endsWithNewline: boolean;
}

function parseLines(text: string, file: string, firstLine: number, result: LogReadResult): void {
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = reviewEntrySchema.safeParse(safeJson(line));
    if (parsed.success) result.entries.push(parsed.data);
    else result.problems.push(`${file} line ${firstLine + index}`);
  });
}

function safeJson(line: string): unknown {
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/**
 * The append-only review log: one JSON line per answer, in one file per UTC day. An append is on disk
 * (fdatasync) before it returns; the current day's file stays open so that an append costs one write
 * and one sync, whatever the size of the log.
 */
export class ReviewLog {
  private current: OpenDay | undefined;

  constructor(readonly folder: string) {}

  async append(entry: ReviewEntry): Promise<LogPosition> {
    return this.appendLines(dayFileOf(entry.review), [entry]);
  }

  /** Appends many entries with one sync per day file (bulk imports, demo data). */
  async appendMany(entries: readonly ReviewEntry[]): Promise<LogPosition | null> {
    const byDay = new Map<string, ReviewEntry[]>();
    for (const entry of entries) {
      const file = dayFileOf(entry.review);
      const day = byDay.get(file);
      if (day) day.push(entry);
      else byDay.set(file, [entry]);
    }
    let end: LogPosition | null = null;
    for (const file of [...byDay.keys()].sort()) end = await this.appendLines(file, byDay.get(file)!);
    return end;
  }

  private async appendLines(file: string, entries: readonly ReviewEntry[]): Promise<LogPosition> {
    const day = await this.openDay(file);
    // A crash mid-append can leave a torn last line; start on a fresh line so this entry stays whole.
    const prefix = day.endsWithNewline ? '' : '\n';
    const text = prefix + entries.map((entry) => JSON.stringify(entry)).join('\n') + '\n';
    const bytes = Buffer.from(text, 'utf8');
    try {
      await day.handle.write(bytes, 0, bytes.length, null);
      await day.handle.datasync();
    } catch (error) {
      // The file may now end anywhere: find out again before the next append.
      await this.closeCurrent();
      throw error;
    }
    day.size += bytes.length;
    day.endsWithNewline = true;
    return { file, offset: day.size };
  }

  private async openDay(file: string): Promise<OpenDay> {
    if (this.current?.file === file) return this.current;
    await this.closeCurrent();
    await mkdir(this.folder, { recursive: true });
    await this.unshare(join(this.folder, file));
    const handle = await open(join(this.folder, file), 'a+');
    const { size } = await handle.stat();
    let endsWithNewline = true;
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      endsWithNewline = last[0] === 0x0a;
    } else {
      // A new file: its name must reach the disk too.
      await fsyncFolder(this.folder);
    }
    this.current = { file, handle, size, endsWithNewline };
    return this.current;
  }

  /**
   * Snapshots hard-link closed day files. Before such a file is appended to (an import of old reviews),
   * it gets a copy of its own, so that the snapshots keep what they saw.
   */
  private async unshare(path: string): Promise<void> {
    const info = await stat(path).catch(() => undefined);
    if (!info || info.nlink <= 1) return;
    const temp = `${path}.${process.pid}.unshare.tmp`;
    await copyFile(path, temp);
    await rename(temp, path);
  }

  async closeCurrent(): Promise<void> {
    const day = this.current;
    this.current = undefined;
    await day?.handle.close().catch(() => undefined);
  }

  async dayFiles(): Promise<string[]> {
    try {
      return (await readdir(this.folder)).filter((name) => DAY_FILE.test(name)).sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  /** Reads every entry after `position` (all of them when null). */
  async readFrom(position: LogPosition | null): Promise<LogReadResult> {
    const files = (await this.dayFiles()).filter((file) => !position || file >= position.file);
    return this.readFiles(files, position);
  }

  /** Reads the entries of the UTC days from `firstDay` to `lastDay` (YYYY-MM-DD), inclusive. */
  async readDays(firstDay: string, lastDay: string): Promise<LogReadResult> {
    const files = (await this.dayFiles()).filter(
      (file) => file.slice(0, 10) >= firstDay && file.slice(0, 10) <= lastDay,
    );
    return this.readFiles(files, null);
  }

  private async readFiles(files: string[], from: LogPosition | null): Promise<LogReadResult> {
    const result: LogReadResult = { entries: [], problems: [], end: from };
    for (const file of files) {
      const buffer = await readFile(join(this.folder, file));
      const start = from && file === from.file ? Math.min(from.offset, buffer.length) : 0;
      const firstLine = start === 0 ? 1 : buffer.subarray(0, start).toString('utf8').split('\n').length;
      parseLines(buffer.subarray(start).toString('utf8'), file, firstLine, result);
      result.end = { file, offset: buffer.length };
    }
    return result;
  }
}
