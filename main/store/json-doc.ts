import { Low } from 'lowdb';
import type { z } from 'zod';
import { DurableJSONFile, UnreadableFileError } from './durable-json-file';
import { moveAside } from './quarantine';

export type LoadOutcome<T> =
  | { status: 'ok'; doc: Low<T> }
  | { status: 'missing'; doc: Low<T> }
  | { status: 'set-aside'; doc: Low<T>; movedTo: string; reason: string };

/**
 * Opens one lowdb document on a durable file and checks it against its schema. A file that is not JSON or
 * does not fit the schema is moved aside (never overwritten) and the document starts from `fallback`.
 */
export async function loadDocument<T>(
  path: string,
  schema: z.ZodType<T>,
  fallback: () => T,
  now: Date,
): Promise<LoadOutcome<T>> {
  const adapter = new DurableJSONFile<T>(path);
  const doc = new Low<T>(adapter, fallback());
  let raw: T | null;
  try {
    raw = await adapter.read();
  } catch (error) {
    if (!(error instanceof UnreadableFileError)) throw error;
    return { status: 'set-aside', doc, movedTo: await moveAside(path, now), reason: error.message };
  }
  if (raw === null) return { status: 'missing', doc };
  const parsed = schema.safeParse(raw);
  if (!parsed.success) {
    const reason = `it does not match the expected format (${parsed.error.issues[0]?.message ?? 'invalid'})`;
    return { status: 'set-aside', doc, movedTo: await moveAside(path, now), reason };
  }
  doc.data = parsed.data;
  return { status: 'ok', doc };
}

/**
 * Replaces a document's data durably; if the write fails, the data in memory stays as it was on disk, so
 * nothing saved is lost and the change can be retried.
 */
export async function replaceDocument<T>(doc: Low<T>, next: T): Promise<void> {
  const previous = doc.data;
  doc.data = next;
  try {
    await doc.write();
  } catch (error) {
    doc.data = previous;
    throw error;
  }
}
