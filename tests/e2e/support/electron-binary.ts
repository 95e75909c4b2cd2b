import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const ELECTRON_DIR = join(process.cwd(), 'node_modules', 'electron');

/**
 * The Electron binary, if it was downloaded. Found without require('electron'), which would try to
 * download it on the spot.
 */
export function electronBinary(): string | undefined {
  const pathFile = join(ELECTRON_DIR, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const binary = join(ELECTRON_DIR, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : undefined;
}

export const NO_ELECTRON_MESSAGE =
  'Skipped: no Electron binary in node_modules/electron (installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or its ' +
  'download host is unreachable). On a machine with internet, `npm start` fetches it; the same path is covered ' +
  'in the browser by web-study.spec.ts.';
