export { buildJsonBackup, BACKUP_FORMAT, BACKUP_VERSION, type BackupSource } from './json-backup';
export {
  parseBackup,
  planRestore,
  BackupFileError,
  DEFAULT_BACKUP_LIMITS,
  type BackupErrorCode,
  type ParsedBackup,
  type RestoreCollection,
  type RestoreMode,
  type RestorePlan,
} from './backup-restore';
export { parseJsonSafely, UnsafeJsonError, type JsonLimits } from './safe-json';
export { buildRevlogCsv, REVLOG_CSV_HEADER, type CardIdOf } from './revlog-csv';
export { buildCardsCsv, CARDS_CSV_COLUMNS, neutraliseFormula } from './cards-csv';
export { buildApkg, APKG_ROOT_DECK, type ApkgOptions, type ApkgResult, type ApkgSource } from './apkg';
export { buildReport, computeReport, renderReportHtml, type ReportData, type ReportOptions } from './report';
export { stableCardId } from './stable-id';
export { retrievabilityAt } from './retrievability';
