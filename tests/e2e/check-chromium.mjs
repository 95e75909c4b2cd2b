// Run before the end-to-end tests: they need a system Chromium and never download a browser.
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(path)) {
  console.error(`No Chromium at ${path}. The end-to-end tests drive a system Chromium; they never download one.
Install it with:   sudo apt-get install -y chromium      (Debian/Ubuntu; the binary is /usr/bin/chromium)
or point to one:   CHROMIUM_PATH=/path/to/chromium npm test`);
  process.exit(1);
}
