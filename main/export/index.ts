export { buildJsonBackup, BACKUP_FORMAT, BACKUP_VERSION, type BackupSource } from './json-backup';
