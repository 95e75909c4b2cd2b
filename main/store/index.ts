export { openStore, type Store, type StoreOptions } from './store';
export { writeFileDurably, DurableJSONFile, UnreadableFileError } from './durable-json-file';
export * from './schema';
