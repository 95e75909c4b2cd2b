import { homedir } from 'node:os';
import { join } from 'node:path';

/** The product name names the data folder, as Electron's userData does, so desktop and web share it. */
export const PRODUCT_NAME = 'Argument Study';

/** The platform's app-data folder for this app (what Electron's app.getPath('userData') gives). */
export function defaultDataDir(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_NAME);
}
