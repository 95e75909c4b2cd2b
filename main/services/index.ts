import type { ServiceTable } from '../api/contract';
import { AppError } from '../api/errors';
import type { Clock } from '../clock';
import type { Store } from '../store';
import type { Backups, StoreHolder } from './backups';
import { addArticle, mergeBackupFile, previewArticleFile, previewPastedArticle } from './articles';
import { collectCollection, renderExport, toExportFile } from './exports';
import { snapshotFromBackupFile } from './restore-file';
import { articleSummary, articleView } from './library';
import { deleteItem, editItem, regenerateArticle, type GenerateQuiz } from './items';
import type { createJobs } from './jobs';
import { applyParameters, optimizeFor, type Optimize } from './optimizer';
import { sentenceMastery, statsOf, type StatsCache } from './stats';
import { buryItem, check, previewRatings, rateItem, setSuspended, today, undoLast } from './study';

export { seedBundledArticles } from './library';
export { createBackups, createStoreHolder, type Backups, type StoreHolder } from './backups';

export type SharedServices = Omit<ServiceTable, 'saveExportAs'>;
/** The services that live on one open store; the backup channels replace the store itself. */
export type StoreServices = Omit<SharedServices, 'listBackups' | 'restoreBackup' | 'restoreBackupFile'>;

export type Jobs = ReturnType<typeof createJobs>;

export interface ServiceDeps {
  store: Store;
  clock: Clock;
  generate: GenerateQuiz;
  jobs: Jobs;
  stats: StatsCache;
  optimize: Optimize;
}

/** The services of one open store (see createAppServices for the table the app mounts). */
export function createServices(deps: ServiceDeps): StoreServices {
  const { store, clock, generate, jobs } = deps;
  return {
    getLibrary: async () => ({
      articles: store.articleIds().flatMap((id) => {
        const doc = store.cardsDoc(id);
        return doc ? [articleSummary(doc, clock.now())] : [];
      }),
      notices: store.notices,
    }),
    getArticle: async ({ articleId }) => {
      const doc = await store.loadArticle(articleId);
      const cards = store.cardsDoc(articleId);
      if (!doc || !cards) throw new AppError('not-found', `No article with ID "${articleId}".`);
      return articleView(doc, cards.cards);
    },
    editItem: (arg) => editItem(store, arg),
    deleteItem: async ({ itemId }) => {
      await deleteItem(store, itemId);
      return { deleted: true };
    },
    regenerateArticle: async ({ articleId }) => {
      if (!store.cardsDoc(articleId)) throw new AppError('not-found', `No article with ID "${articleId}".`);
      return jobs.start('Generating the quiz', (progress) =>
        regenerateArticle(store, generate, clock.now(), articleId, progress),
      );
    },
    previewArticleFile: previewArticleFile,
    previewPastedArticle: async (arg) => previewPastedArticle(arg),
    addArticle: async (arg) =>
      jobs.start('Adding the article', async (progress) => ({
        articleId: await addArticle(store, generate, clock.now(), arg, progress),
      })),
    getStats: () => statsOf(store, deps.stats, clock),
    getSentenceMastery: ({ articleId }) => sentenceMastery(store, clock, articleId),
    optimizeParameters: async () =>
      jobs.start('Fitting FSRS to your reviews', async (progress) => ({
        optimizer: await optimizeFor(store, deps.optimize, progress),
      })),
    applyParameters: ({ parameters, reschedule }) =>
      applyParameters(store, clock.now(), parameters, reschedule),
    getJob: async ({ jobId }) => {
      const job = jobs.get(jobId);
      if (!job) throw new AppError('not-found', 'No such job (it may have finished a while ago).');
      return job;
    },
    getToday: async ({ articleId }) => today(store, clock.now(), articleId),
    checkAnswer: (arg) => check(store, arg),
    previewRatings: async ({ itemId }) => previewRatings(store, clock.now(), itemId),
    rateItem: (arg) => rateItem(store, clock.now(), arg),
    getSettings: async () => store.settingsFile().settings,
    updateSettings: async ({ settings }) => {
      await store.saveSettings({ ...store.settingsFile(), settings });
      return store.settingsFile().settings;
    },
    undoLast: () => undoLast(store, clock.now()),
    buryItem: ({ itemId }) => buryItem(store, clock.now(), itemId),
    setSuspended: ({ itemId, suspended }) => setSuspended(store, clock.now(), itemId, suspended),
    exportData: async ({ format, articleId }) =>
      toExportFile(await renderExport(await collectCollection(store), format, clock.now(), articleId)),
  };
}

export interface AppServiceDeps {
  holder: StoreHolder;
  clock: Clock;
  backups: Backups;
  generate: GenerateQuiz;
  jobs: Jobs;
  stats: StatsCache;
  optimize: Optimize;
}

/**
 * The service table mounted on IPC in the desktop app and on the web host alike. Each call reaches the
 * store open at that moment, through the holder: a restore replaces the store under running services.
 */
export function createAppServices(deps: AppServiceDeps): SharedServices {
  const { holder, backups } = deps;
  const servicesNow = () => createServices({ ...deps, store: holder.current() });
  const channels = Object.keys(servicesNow()) as (keyof StoreServices)[];
  const bound = Object.fromEntries(
    channels.map((channel) => [
      channel,
      (arg: never) => holder.use(() => (servicesNow()[channel] as (arg: never) => Promise<unknown>)(arg)),
    ]),
  ) as unknown as StoreServices;
  return {
    ...bound,
    // A file set aside since start-up (an article read later) gets its offer of a backup too.
    getLibrary: (arg) =>
      holder.use(async () => {
        await backups.offerRestore(holder.current());
        return servicesNow().getLibrary(arg);
      }),
    listBackups: backups.listBackups,
    restoreBackup: backups.restoreBackup,
    restoreBackupFile: async ({ content, mode }) => {
      if (mode === 'merge')
        return holder.use(() => mergeBackupFile(holder.current(), deps.clock.now(), content));
      const backupId = await snapshotFromBackupFile(holder.dataDir, deps.clock, content);
      const outcome = await backups.restoreBackup({ backupId });
      return { mode, backup: outcome.safetyBackup };
    },
  };
}
