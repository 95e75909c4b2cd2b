import { describe, expect, it } from 'vitest';
import { resolve } from 'node:path';
import { defaultDataDir } from '../../../main/paths';
import { parseWebOptions } from '../../../main/web/options';

describe('web host options', () => {
  it('reads --data-dir and --port', () => {
    expect(parseWebOptions(['--data-dir', 'tmp/data', '--port', '8123'])).toEqual({
      dataDir: resolve('tmp/data'),
      port: 8123,
    });
  });

  it('defaults to the platform data folder and a free port', () => {
    expect(parseWebOptions([])).toEqual({ dataDir: defaultDataDir(), port: 0 });
  });

  it.each([['--port', 'abc'], ['--port', '70000'], ['--colour']])('refuses %s %s', (...argv) => {
    expect(() => parseWebOptions(argv.filter(Boolean))).toThrow();
  });

  it('uses the same folder name as the desktop app on each platform', () => {
    expect(defaultDataDir('linux', { XDG_CONFIG_HOME: '/x' })).toBe('/x/Argument Study');
    expect(defaultDataDir('win32', { APPDATA: 'C:\\Users\\u\\AppData\\Roaming' })).toMatch(/Argument Study$/);
  });
});
