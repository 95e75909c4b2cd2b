import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../../main/store';
import { bundleWriter, runAndKill, unparseableFiles, type Ack } from './crash/harness';

const TRIALS_PER_FOLDER = 100;
const FOLDERS = 2;

let workDir: string;
let writer: string;

beforeAll(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'argument-study-crash-'));
  writer = await bundleWriter(workDir);
});

afterAll(async () => {
  await rm(workDir, { recursive: true, force: true });
});

async function checkFolder(dataDir: string, acked: Ack[]): Promise<void> {
  expect(await unparseableFiles(dataDir)).toEqual([]);
  const store = await openStore({ dataDir, clock: { now: () => new Date() } });
  try {
    const logged = new Set((await store.allReviews()).map((entry) => entry.id));
    const missing = acked.filter((ack) => !logged.has(ack.id));
    expect(missing).toEqual([]);
    const cards = store.cardsDoc('crash')!.cards;
    for (const ack of acked) expect(cards[ack.itemId]!.last_review! >= ack.review).toBe(true);
  } finally {
    await store.close();
  }
}

/** Kills a writer at random moments, then checks that nothing it acknowledged is lost and every file parses. */
async function crashTrials(folder: number): Promise<number> {
  const dataDir = join(workDir, `data-${folder}`);
  const acked: Ack[] = [];
  for (let trial = 0; trial < TRIALS_PER_FOLDER; trial++) {
    const seed = folder * 100_000 + trial;
    acked.push(...(await runAndKill(writer, dataDir, seed, (seed * 7919) % 40)));
    await checkFolder(dataDir, acked);
  }
  return acked.length;
}

describe('crash safety', () => {
  it(`loses no acknowledged answer and leaves every file readable across ${TRIALS_PER_FOLDER * FOLDERS} kill -9s`, async () => {
    const counts = await Promise.all(Array.from({ length: FOLDERS }, (_, folder) => crashTrials(folder)));
    // The writers must have committed answers for the check to mean anything.
    expect(counts.every((count) => count > TRIALS_PER_FOLDER)).toBe(true);
  }, 300_000);
});
