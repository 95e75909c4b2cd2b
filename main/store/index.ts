export { openStore, type StoreOptions } from './open-store';
export { Store, type ArticleBundle, type ReviewChange } from './store';
export { writeFileDurably, DurableJSONFile, UnreadableFileError } from './durable-json-file';
export { FolderLockedError } from './lock';
export { snapshotDataFolder } from './snapshot';
export * from './layout';
export * from './schema';
export {
  BackupDamagedError,
  BackupNotFoundError,
  listBackups,
  newestGoodBackup,
  offerNewestGoodBackup,
  recoverInterruptedRestore,
  restoreBackup,
  snapshotIfChanged,
  takeSnapshot,
  thinBackups,
  type RestoreOutcome,
} from './backups';
