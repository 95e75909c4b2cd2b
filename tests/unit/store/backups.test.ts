import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startApp } from '../../../main/app';
import { dispatch } from '../../../main/api/dispatch';
import {
  BackupDamagedError,
  BackupNotFoundError,
  FolderLockedError,
  listBackups,
  openStore,
  restoreBackup,
  settingsFileSchema,
  snapshotIfChanged,
  takeSnapshot,
  thinBackups,
  type Store,
} from '../../../main/store';
import { planRestore } from '../../../main/store/backups';
import { sampleArticle } from '../../helpers/articles';
import { goodAnswer } from '../../helpers/reviews';
import { fixedClock, withTempDir } from '../../helpers/temp-dir';

const T0 = '2026-03-02T09:00:00.000Z';
const SLOW = { quietMs: 3_600_000, maxDelayMs: 3_600_000 };
const HOUR_MS = 3_600_000;

type Clock = ReturnType<typeof fixedClock>;

async function open(dir: string, clock: Clock): Promise<Store> {
  return openStore({ dataDir: dir, clock, checkpointTiming: SLOW });
}

/** Answers one of the sample article's cards Good and writes the card files. */
async function answer(store: Store, itemId: string, clock: Clock): Promise<void> {
  const card = store.cardsDoc('sample')!.cards[itemId]!;
  await store.commitReview(
    goodAnswer('sample', itemId, card, clock.now(), `r-${itemId}-${clock.now().getTime()}`),
  );
  await store.flush();
}

/** What a restore must bring back whole: articles, reviews, settings and card progress. */
async function stateOf(store: Store) {
  return {
    articles: store.articleIds(),
    reviews: (await store.allReviews()).map((review) => review.id),
    newCardsPerDay: store.settingsFile().settings.newCardsPerDay,
    reps: store.articleIds().map((id) => Object.values(store.cardsDoc(id)!.cards).map((card) => card.reps)),
  };
}

async function readState(dir: string, clock: Clock) {
  const store = await open(dir, clock);
  try {
    return await stateOf(store);
  } finally {
    await store.close();
  }
}

/**
 * A folder with a scheduled backup of state A (the sample article, one review), then state B: a second
 * review, another article and changed settings. Returns the backup's ID and both states.
 */
async function folderWithBackup(dir: string, clock: Clock) {
  const store = await open(dir, clock);
  await store.saveArticle(sampleArticle());
  await answer(store, 'sample-cz-1', clock);
  await store.close();
  const stateA = await readState(dir, clock);
  clock.advance(HOUR_MS);
  const backupId = (await snapshotIfChanged(dir, clock.now()))!;

  clock.advance(HOUR_MS);
  const later = await open(dir, clock);
  await answer(later, 'sample-cz-2', clock);
  await later.saveArticle(sampleArticle('second', clock.now()));
  const file = later.settingsFile();
  await later.saveSettings({ ...file, settings: { ...file.settings, newCardsPerDay: 7 } });
  await later.close();
  return { backupId, stateA, stateB: await readState(dir, clock) };
}

/** Backup folders as the snapshot code names them; `complete` ones carry their fingerprint. */
async function fakeSnapshot(dir: string, iso: string, reason: string, complete = true): Promise<string> {
  const id = `${iso.replace(/[:.]/g, '-')}-${reason}`;
  await mkdir(join(dir, 'backups', id), { recursive: true });
  if (complete) await writeFile(join(dir, 'backups', id, 'fingerprint.json'), '{"version":1,"files":[]}');
  return id;
}

const backupIds = async (dir: string) => (await readdir(join(dir, 'backups'))).sort();

describe('thinning backups', () => {
  it('keeps the newest per day for 7 days, per ISO week for 4 weeks, per month for 6 months, and 5 of each event', async () => {
    await withTempDir(async (dir) => {
      // One scheduled snapshot a day at 08:00 from 1 Sep 2025 to 30 Apr 2026 (8 months), a second one on
      // 30 Apr at 20:00, one cut short late on 29 Apr, one dated after "now", 7 before a restore, one
      // before a migration and a folder that is not a snapshot.
      for (let day = Date.UTC(2025, 8, 1); day <= Date.UTC(2026, 3, 30); day += 86_400_000)
        await fakeSnapshot(dir, new Date(day + 8 * HOUR_MS).toISOString(), 'scheduled');
      await fakeSnapshot(dir, '2026-04-30T20:00:00.000Z', 'scheduled');
      await fakeSnapshot(dir, '2026-04-29T23:00:00.000Z', 'scheduled', false);
      await fakeSnapshot(dir, '2026-06-01T08:00:00.000Z', 'scheduled');
      for (const day of ['01-05', '01-20', '02-10', '03-01', '03-15', '04-01', '04-20'])
        await fakeSnapshot(dir, `2026-${day}T10:00:00.000Z`, 'before-restore');
      await fakeSnapshot(dir, '2025-08-15T10:00:00.000Z', 'before-migration');
      await mkdir(join(dir, 'backups', 'notes'));

      await thinBackups(dir, new Date('2026-05-01T12:00:00.000Z'), { daily: 7, weekly: 4, monthly: 6 });

      expect(await backupIds(dir)).toEqual([
        '2025-08-15T10-00-00-000Z-before-migration',
        // monthly: November and December 2025, January to March 2026 (April's is the daily 30 Apr 20:00)
        '2025-11-30T08-00-00-000Z-scheduled',
        '2025-12-31T08-00-00-000Z-scheduled',
        '2026-01-31T08-00-00-000Z-scheduled',
        '2026-02-10T10-00-00-000Z-before-restore',
        '2026-02-28T08-00-00-000Z-scheduled',
        '2026-03-01T10-00-00-000Z-before-restore',
        '2026-03-15T10-00-00-000Z-before-restore',
        '2026-03-31T08-00-00-000Z-scheduled',
        '2026-04-01T10-00-00-000Z-before-restore',
        // weekly: weeks 15 and 16 (Sundays 12 and 19 Apr); weeks 17 and 18 are already kept as daily
        '2026-04-12T08-00-00-000Z-scheduled',
        '2026-04-19T08-00-00-000Z-scheduled',
        '2026-04-20T10-00-00-000Z-before-restore',
        // daily: 24 to 30 April, the newest of each day (30 Apr 20:00; 29 Apr 23:00 was cut short)
        '2026-04-24T08-00-00-000Z-scheduled',
        '2026-04-25T08-00-00-000Z-scheduled',
        '2026-04-26T08-00-00-000Z-scheduled',
        '2026-04-27T08-00-00-000Z-scheduled',
        '2026-04-28T08-00-00-000Z-scheduled',
        '2026-04-29T08-00-00-000Z-scheduled',
        '2026-04-30T20-00-00-000Z-scheduled',
        // dated after "now": left alone
        '2026-06-01T08-00-00-000Z-scheduled',
        'notes',
      ]);
    });
  });

  it('never deletes the newest scheduled snapshot, even after a long pause', async () => {
    await withTempDir(async (dir) => {
      const id = await fakeSnapshot(dir, '2025-01-10T08:00:00.000Z', 'scheduled');
      await fakeSnapshot(dir, '2025-01-09T08:00:00.000Z', 'scheduled');
      await thinBackups(dir, new Date('2026-05-01T12:00:00.000Z'), { daily: 1, weekly: 0, monthly: 0 });
      expect(await backupIds(dir)).toEqual([id]);
    });
  });
});

describe('snapshots when the data changed', () => {
  it('takes a snapshot only when the data changed since the last one', async () => {
    await withTempDir(async (dir) => {
      const clock = fixedClock(T0);
      const store = await open(dir, clock);
      await store.saveArticle(sampleArticle());
      const first = await snapshotIfChanged(dir, clock.now());
      expect(first).toMatch(/^2026-03-02T09-00-00-000Z-scheduled$/);
      clock.advance(HOUR_MS);
      expect(await snapshotIfChanged(dir, clock.now())).toBeUndefined();

      await answer(store, 'sample-cz-1', clock);
      const second = await snapshotIfChanged(dir, clock.now());
      expect(second).toBeDefined();
      clock.advance(HOUR_MS);
      expect(await snapshotIfChanged(dir, clock.now())).toBeUndefined();
      await store.close();
      expect(await backupIds(dir)).toEqual([first, second]);
      const copied = JSON.parse(
        await readFile(join(dir, 'backups', second!, 'cards', 'sample.json'), 'utf8'),
      );
      expect(copied.cards['sample-cz-1'].reps).toBe(1);
    });
  });

  it('the app snapshots at start-up only when something changed since the last snapshot', async () => {
    await withTempDir(async (dir) => {
      const clock = fixedClock(T0);
      const first = await startApp(dir, clock);
      await first.close();
      expect(await backupIds(dir)).toHaveLength(1);

      clock.advance(HOUR_MS);
      await (await startApp(dir, clock)).close();
      expect(await backupIds(dir)).toHaveLength(1);

      clock.advance(HOUR_MS);
      const app = await startApp(dir, clock);
      const itemId = (await app.services.getToday({})).queue[0]!;
      const { cardStamp } = await app.services.previewRatings({ itemId });
      await app.services.rateItem({ itemId, rating: 3, cardStamp, durationMs: 1000 });
      await app.close();
      clock.advance(25 * HOUR_MS);
      await (await startApp(dir, clock)).close();
      const backups = await listBackups(dir);
      expect(backups.map((b) => [b.reason, b.reviewCount])).toEqual([
        ['scheduled', 1],
        ['scheduled', 0],
      ]);
    });
  });
});

describe('listing backups', () => {
  it('lists backups newest first with what they hold, and damaged or unfinished ones as not good', async () => {
    await withTempDir(async (dir) => {
      const clock = fixedClock(T0);
      const { backupId } = await folderWithBackup(dir, clock);
      clock.advance(HOUR_MS);
      const newer = await takeSnapshot(dir, 'scheduled', clock.now());
      await writeFile(join(dir, 'backups', newer, 'cards', 'second.json'), '{"schemaVersion":2,');
      const unfinished = await fakeSnapshot(dir, '2026-03-02T20:00:00.000Z', 'scheduled', false);

      const list = await listBackups(dir);
      expect(list.map((b) => b.id)).toEqual([unfinished, newer, backupId]);
      expect(list[0]).toMatchObject({ good: false, problem: 'the copy was cut short' });
      expect(list[1]).toMatchObject({ good: false, problem: 'cards/second.json is not valid JSON' });
      expect(list[2]).toMatchObject({
        good: true,
        reason: 'scheduled',
        createdAt: '2026-03-02T10:00:00.000Z',
        articleCount: 1,
        reviewCount: 1,
      });
      expect(list[2]!.sizeBytes).toBeGreaterThan(0);
    });
  });
});

describe('restoring a backup', () => {
  it('brings back the earlier state, after a before-restore snapshot of the state it replaces', async () => {
    await withTempDir(async (dir) => {
      const clock = fixedClock(T0);
      const { backupId, stateA, stateB } = await folderWithBackup(dir, clock);
      expect(stateB).not.toEqual(stateA);

      clock.advance(HOUR_MS);
      const outcome = await restoreBackup(dir, backupId, clock.now());
      expect(outcome.safetyBackup).toMatch(/-before-restore$/);
      expect(await readState(dir, clock)).toEqual(stateA);
      expect(await readdir(dir)).not.toContain('.restore');

      const safety = (await listBackups(dir)).find((b) => b.id === outcome.safetyBackup)!;
      expect(safety).toMatchObject({ good: true, articleCount: 2, reviewCount: 2 });
      clock.advance(HOUR_MS);
      await restoreBackup(dir, outcome.safetyBackup, clock.now());
      expect(await readState(dir, clock)).toEqual(stateB);
    });
  });

  it('refuses while the folder is open, and refuses an unknown or damaged backup without changing anything', async () => {
    await withTempDir(async (dir) => {
      const clock = fixedClock(T0);
      const { backupId, stateB } = await folderWithBackup(dir, clock);
      const store = await open(dir, clock);
      await expect(restoreBackup(dir, backupId, clock.now())).rejects.toBeInstanceOf(FolderLockedError);
      await store.close();

      const missing = '2020-01-01T00-00-00-000Z-scheduled';
      await expect(restoreBackup(dir, missing, clock.now())).rejects.toBeInstanceOf(BackupNotFoundError);
      await writeFile(join(dir, 'backups', backupId, 'settings.json'), 'garbage');
      await expect(restoreBackup(dir, backupId, clock.now())).rejects.toBeInstanceOf(BackupDamagedError);
      expect(await backupIds(dir)).toEqual([backupId]);
      expect(await readState(dir, clock)).toEqual(stateB);
    });
  });

  it('leaves a folder that opens with one state or the other, never a mix, when cut short at any step', async () => {
    await withTempDir(async (template) => {
      const clock = fixedClock(T0);
      const { backupId, stateA, stateB } = await folderWithBackup(template, clock);
      const steps = planRestore(template, backupId, async () => '').steps;
      const commit = steps.findIndex((step) => step.name === 'commit');
      expect(commit).toBeGreaterThan(0);

      for (let k = 0; k <= steps.length; k++) {
        await withTempDir(async (dir) => {
          await cp(template, dir, { recursive: true });
          const now = new Date(clock.now().getTime() + HOUR_MS);
          const plan = planRestore(dir, backupId, () => takeSnapshot(dir, 'before-restore', now));
          // The process dies after step k: the lock file is left behind with its owner gone.
          for (const step of plan.steps.slice(0, k)) await step.run();

          const store = await open(dir, clock);
          const state = await stateOf(store);
          await store.close();
          expect(state, `cut short after ${k} step(s)`).toEqual(k > commit ? stateA : stateB);
          expect(await readdir(dir)).not.toContain('.restore');
        });
      }
    });
  });
});

describe('a damaged file at start-up', () => {
  it('offers the newest good backup on the notice, and takes no snapshot of the damaged state', async () => {
    await withTempDir(async (dir) => {
      const clock = fixedClock(T0);
      const { backupId } = await folderWithBackup(dir, clock);
      clock.advance(HOUR_MS);
      const damaged = await takeSnapshot(dir, 'scheduled', clock.now());
      await writeFile(join(dir, 'backups', damaged, 'cards', 'sample.json'), '');
      await writeFile(join(dir, 'cards', 'sample.json'), '{"schemaVersion": 2, "cards": ');

      clock.advance(HOUR_MS);
      const app = await startApp(dir, clock);
      const notice = app.store.notices.find((n) => n.level === 'error')!;
      expect(notice.message).toMatch(/The cards file sample\.json could not be read/);
      expect(notice.action).toEqual({
        kind: 'restore-backup',
        backupId,
        label: 'Restore the backup of 2026-03-02 10:00 UTC',
      });
      expect((await app.services.getLibrary(undefined)).notices).toContainEqual(notice);
      expect(await backupIds(dir)).toEqual([backupId, damaged]);

      const result = await app.services.restoreBackup({ backupId });
      expect(result.notices).toEqual([]);
      expect(app.store.articleIds()).toEqual(['hanoi-summit', 'sample']);
      await app.close();
    });
  });
});

describe('backup services', () => {
  it('restores under running services: calls made during the restore see the restored data', async () => {
    await withTempDir(async (dir) => {
      const clock = fixedClock(T0);
      const rate = async (services: Awaited<ReturnType<typeof startApp>>['services']) => {
        const itemId = (await services.getToday({})).queue[0]!;
        const { cardStamp } = await services.previewRatings({ itemId });
        await services.rateItem({ itemId, rating: 3, cardStamp, durationMs: 1000 });
      };
      const first = await startApp(dir, clock);
      await rate(first.services);
      await first.close();

      clock.advance(HOUR_MS);
      const app = await startApp(dir, clock);
      const { services } = app;
      const [backup] = (await services.listBackups(undefined)).backups;
      expect(backup).toMatchObject({ reason: 'scheduled', reviewCount: 1, articleCount: 1, good: true });
      await rate(services);
      expect((await services.getToday({})).reviewedToday).toBe(2);
      const before = app.store;

      const [result, today] = await Promise.all([
        services.restoreBackup({ backupId: backup!.id }),
        services.getToday({}),
      ]);
      expect(result.restored).toBe(backup!.id);
      expect(today.reviewedToday).toBe(1);
      expect(app.store).not.toBe(before);
      const list = (await services.listBackups(undefined)).backups;
      expect(list.find((b) => b.id === result.safetyBackup)).toMatchObject({ reviewCount: 2 });
      await rate(services);
      expect((await services.getToday({})).reviewedToday).toBe(2);
      // The restored log file was linked from the backup; appending to it left the backup's copy alone.
      const kept = await readFile(join(dir, 'backups', backup!.id, 'reviews', '2026-03-02.jsonl'), 'utf8');
      expect(kept.trim().split('\n')).toHaveLength(1);
      await app.close();
    });
  });

  it('accepts only a backup folder name as the ID, and reports an unknown backup as not found', async () => {
    await withTempDir(async (dir) => {
      const app = await startApp(dir, fixedClock(T0));
      for (const backupId of ['../settings.json', '2026-03-02T09-00-00-000Z-scheduled/..', 'a/b', '']) {
        const answer = await dispatch(app.services, 'restoreBackup', { backupId });
        expect(answer).toMatchObject({ ok: false, error: { code: 'invalid-argument' } });
      }
      const answer = await dispatch(app.services, 'restoreBackup', {
        backupId: '2020-01-01T00-00-00-000Z-scheduled',
      });
      expect(answer).toMatchObject({ ok: false, error: { code: 'not-found' } });
      expect(app.store.articleIds()).toEqual(['hanoi-summit']);
      await app.close();
    });
  });
});

describe('backup settings', () => {
  it('reads an older settings file without a backup policy with the default one', () => {
    const old = {
      layoutVersion: 2,
      settings: { desiredRetention: 0.9, maximumInterval: 365, enableFuzz: true, newCardsPerDay: 5 },
      seededArticles: [],
    };
    expect(settingsFileSchema.parse(old).settings.backups).toEqual({ daily: 7, weekly: 4, monthly: 6 });
    const custom = { ...old, settings: { ...old.settings, backups: { daily: 3, weekly: 0, monthly: 12 } } };
    expect(settingsFileSchema.parse(custom).settings.backups).toEqual({ daily: 3, weekly: 0, monthly: 12 });
  });
});
