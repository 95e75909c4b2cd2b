/** `npm run web`: the app in a browser, for machines where Electron cannot run. */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp } from '../app';
import { workerOptions } from '../services/workers';
import { clockFromEnv } from '../clock';
import { parseWebOptions, WEB_USAGE } from './options';
import { startWebHost } from './server';

async function main(): Promise<void> {
  const options = parseWebOptions(process.argv.slice(2));
  if (options === 'help') {
    console.log(WEB_USAGE);
    return;
  }
  const app = await startApp(options.dataDir, clockFromEnv(process.env), workerOptions(import.meta.url));
  const staticDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'renderer');
  const host = await startWebHost({ services: app.services, staticDir, port: options.port });
  for (const notice of app.store.notices) console.warn(`${notice.level}: ${notice.message}`);
  console.log(`Argument Study data folder: ${options.dataDir}`);
  console.log(`Argument Study is running at ${host.url}`);
  const stop = () =>
    void host
      .close()
      .then(app.close)
      .then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  // Usage helps with a bad option, not with a data folder in use or unreadable.
  if (error instanceof TypeError || /--port|option/i.test(String(error))) console.error(WEB_USAGE);
  process.exit(1);
});
