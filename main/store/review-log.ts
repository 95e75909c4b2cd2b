import { copyFile, mkdir, open, readdir, readFile, rename, stat, type FileHandle } from 'node:fs/promises';
import { constants as fsConstants } from 'node:fs';
import { join } from 'node:path';
import type { LogPosition } from './layout';
import { isUndo, logLineSchema, type LogLine } from './schema';
import { fsyncFolder } from './durable-json-file';

const DAY_FILE = /^\d{4}-\d{2}-\d{2}\.jsonl$/;
/** Day files a bulk append holds open at once. */
const BULK_OPEN_FILES = 64;

/** When a log line happened: a review's instant, or when an undo was made. */
export function instantOf(line: LogLine): string {
  return isUndo(line) ? line.at : line.review;
}

/** The day file an entry belongs to: its UTC date. Old days are never written again. */
export function dayFileOf(reviewIso: string): string {
  return `${reviewIso.slice(0, 10)}.jsonl`;
}

export interface LogReadResult {
  entries: LogLine[];
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
  /** Opened with O_DSYNC: a write returns once its data is on disk, as write + fdatasync would. */
  dsync: boolean;
}

/**
 * How the current day file is opened for answers: read, append, create and, where the platform has it,
 * O_DSYNC, so that a commit is one system call (one trip through libuv's thread pool) instead of a write
 * and an fdatasync. The guarantee is the same: the data and what is needed to read it back (the new size)
 * are on disk when the write returns. Without O_DSYNC (Windows) each append is followed by fdatasync.
 */
const DSYNC = fsConstants.O_DSYNC;
const DAY_FILE_FLAGS =
  fsConstants.O_RDWR | fsConstants.O_APPEND | fsConstants.O_CREAT | (DSYNC === undefined ? 0 : DSYNC);

function parseLines(text: string, file: string, firstLine: number, result: LogReadResult): void {
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    const parsed = logLineSchema.safeParse(safeJson(line));
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

  async append(entry: LogLine): Promise<LogPosition> {
    return this.appendLines(dayFileOf(instantOf(entry)), [entry]);
  }

  /**
   * Appends many entries (bulk imports, demo data), on disk before it returns like `append`. The day files
   * are written first and then synced together, with one sync of the folder for the files that are new, so
   * that an import spanning years costs a few rounds of syncs rather than two syncs per day file.
   */
  async appendMany(entries: readonly LogLine[]): Promise<LogPosition | null> {
    const byDay = new Map<string, LogLine[]>();
    for (const entry of entries) {
      const file = dayFileOf(instantOf(entry));
      const day = byDay.get(file);
      if (day) day.push(entry);
      else byDay.set(file, [entry]);
    }
    const files = [...byDay.keys()].sort();
    if (files.length === 0) return null;
    await this.closeCurrent();
    await mkdir(this.folder, { recursive: true });
    let last: OpenDay | undefined;
    for (let from = 0; from < files.length; from += BULK_OPEN_FILES) {
      await last?.handle.close().catch(() => undefined);
      last = await this.appendToFiles(files.slice(from, from + BULK_OPEN_FILES), byDay);
    }
    this.current = last;
    return last ? { file: last.file, offset: last.size } : null;
  }

  /** Writes each file's lines, then syncs them all (and the folder once); the last file is left open. */
  private async appendToFiles(files: string[], byDay: Map<string, LogLine[]>): Promise<OpenDay> {
    const opened: OpenDay[] = [];
    const closeAll = (days: OpenDay[]) =>
      Promise.all(days.map((day) => day.handle.close().catch(() => undefined)));
    let folderChanged = false;
    try {
      for (const file of files) {
        const path = join(this.folder, file);
        folderChanged = (await this.unshare(path)) || folderChanged;
        const handle = await open(path, 'a+');
        const size = (await handle.stat()).size;
        const day: OpenDay = { file, handle, size, endsWithNewline: true, dsync: false };
        opened.push(day);
        if (day.size === 0) folderChanged = true;
        else {
          const lastByte = Buffer.alloc(1);
          await handle.read(lastByte, 0, 1, day.size - 1);
          day.endsWithNewline = lastByte[0] === 0x0a;
        }
        // As in appendLines: a torn last line from a crash gets a newline first.
        const prefix = day.endsWithNewline ? '' : '\n';
        const text =
          prefix +
          byDay
            .get(file)!
            .map((entry) => JSON.stringify(entry))
            .join('\n') +
          '\n';
        const bytes = Buffer.from(text, 'utf8');
        await handle.write(bytes, 0, bytes.length, null);
        day.size += bytes.length;
        day.endsWithNewline = true;
      }
      await Promise.all(opened.map((day) => day.handle.datasync()));
      if (folderChanged) await fsyncFolder(this.folder);
    } catch (error) {
      await closeAll(opened);
      throw error;
    }
    const last = opened.pop()!;
    await closeAll(opened);
    return last;
  }

  private async appendLines(file: string, entries: readonly LogLine[]): Promise<LogPosition> {
    const day = await this.openDay(file);
    // A crash mid-append can leave a torn last line; start on a fresh line so this entry stays whole.
    const prefix = day.endsWithNewline ? '' : '\n';
    const text = prefix + entries.map((entry) => JSON.stringify(entry)).join('\n') + '\n';
    const bytes = Buffer.from(text, 'utf8');
    try {
      await day.handle.write(bytes, 0, bytes.length, null);
      if (!day.dsync) await day.handle.datasync();
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
    const unshared = await this.unshare(join(this.folder, file));
    const handle = await open(join(this.folder, file), DAY_FILE_FLAGS);
    const { size } = await handle.stat();
    let endsWithNewline = true;
    if (size > 0) {
      const last = Buffer.alloc(1);
      await handle.read(last, 0, 1, size - 1);
      endsWithNewline = last[0] === 0x0a;
    }
    // A new file, or a copy renamed over a shared one: its name must reach the disk too.
    if (size === 0 || unshared) await fsyncFolder(this.folder);
    this.current = { file, handle, size, endsWithNewline, dsync: DSYNC !== undefined };
    return this.current;
  }

  /**
   * Snapshots hard-link closed day files. Before such a file is appended to (an import of old reviews),
   * it gets a copy of its own, so that the snapshots keep what they saw.
   */
  private async unshare(path: string): Promise<boolean> {
    const info = await stat(path).catch(() => undefined);
    if (!info || info.nlink <= 1) return false;
    const temp = `${path}.${process.pid}.unshare.tmp`;
    await copyFile(path, temp);
    await rename(temp, path);
    return true;
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
