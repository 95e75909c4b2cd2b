import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { defaultDataDir } from '../paths';

export interface WebOptions {
  dataDir: string;
  port: number;
}

export const WEB_USAGE = `Usage: npm run web -- [--data-dir <folder>] [--port <n>]
  --data-dir  where progress is stored (default: ${defaultDataDir()})
  --port      port on 127.0.0.1 (default: a free one)
Environment: STUDY_NOW=<ISO date-time> starts the clock at that instant (for tests).`;

/** Parses the web host's command line; a bad value is an error with the usage, never a silent default. */
export function parseWebOptions(argv: string[]): WebOptions | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      'data-dir': { type: 'string' },
      port: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const port = values.port === undefined ? 0 : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a whole number from 0 to 65535, got "${values.port}".`);
  }
  return { dataDir: resolve(values['data-dir'] ?? defaultDataDir()), port };
}
