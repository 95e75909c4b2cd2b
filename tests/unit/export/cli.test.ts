import { spawn } from 'node:child_process';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { parseBackup, REVLOG_CSV_HEADER } from '../../../main/export';
import { openStore } from '../../../main/store';
import { withTempDir } from '../../helpers/temp-dir';
import { collection, NOW } from './fixtures';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = join(ROOT, 'main/cli/export.ts');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `npm run export -- ...`, as node with tsx's loader (what the script runs) in a child process. */
function runCli(args: string[]): Promise<Run> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** A data folder holding the fixture collection, written through the store. */
async function dataFolder(dir: string): Promise<string> {
  const dataDir = join(dir, 'data');
  const store = await openStore({ dataDir, clock: { now: () => NOW } });
  const source = collection();
  for (const bundle of source.articles) await store.saveArticle(bundle);
  await store.importReviews(source.reviews);
  await store.close();
  return dataDir;
}

const exists = (path: string) =>
  stat(path).then(
    () => true,
    () => false,
  );

describe('export command line', () => {
  it('writes each format from a data folder and leaves no temporary file', async () => {
    await withTempDir(async (dir) => {
      const dataDir = await dataFolder(dir);
      const out = (name: string) => join(dir, name);
      const common = ['--data-dir', dataDir, '--now', NOW.toISOString()];
      for (const [format, name] of [
        ['json', 'backup.json'],
        ['revlog-csv', 'revlog.csv'],
        ['cards-csv', 'cards.csv'],
        ['apkg', 'cards.apkg'],
        ['report', 'report.html'],
      ] as const) {
        const run = await runCli([...common, '--format', format, '--out', out(name)]);
        expect(run.stderr).toBe('');
        expect(run.code).toBe(0);
        expect(run.stdout).toContain(`Wrote ${format} to ${out(name)} (2 articles, 12 reviews).`);
      }
      const backup = parseBackup(await readFile(out('backup.json'), 'utf8'));
      expect(backup.articles.map((b) => b.article.id)).toEqual(['hanoi', 'other']);
      expect(backup.reviews).toHaveLength(12);
      expect((await readFile(out('revlog.csv'), 'utf8')).split('\n')[0]).toBe(REVLOG_CSV_HEADER);
      expect((await readFile(out('cards.csv'), 'utf8')).split('\r\n')).toHaveLength(7 + 2);
      const zip = await JSZip.loadAsync(await readFile(out('cards.apkg')));
      expect(Object.keys(zip.files).sort()).toEqual(['collection.anki2', 'media']);
      expect(await readFile(out('report.html'), 'utf8')).toContain('<h1>All articles</h1>');
      expect((await readdir(dir)).filter((name) => name.endsWith('.tmp'))).toEqual([]);

      const one = await runCli([
        ...common,
        '--format',
        'report',
        '--article',
        'other',
        '--out',
        out('other.html'),
      ]);
      expect(one.code).toBe(0);
      expect(await readFile(out('other.html'), 'utf8')).toContain('<h1>Another article</h1>');
      const unknown = await runCli([
        ...common,
        '--format',
        'report',
        '--article',
        'nope',
        '--out',
        out('n.html'),
      ]);
      expect(unknown.code).toBe(1);
      expect(unknown.stderr).toBe('export: No article with ID "nope".\n');
    });
  }, 60_000);

  it('stops with a clear error for a missing folder, and does not create it', async () => {
    await withTempDir(async (dir) => {
      const missing = join(dir, 'no-such-folder');
      const run = await runCli(['--data-dir', missing, '--format', 'json', '--out', join(dir, 'x.json')]);
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(`export: There is no data folder at ${missing}.\n`);
      expect(await exists(missing)).toBe(false);
      expect(await exists(join(dir, 'x.json'))).toBe(false);
    });
  });

  it('refuses a folder that is not a data folder, and leaves it as it was', async () => {
    await withTempDir(async (dir) => {
      const other = join(dir, 'photos');
      await mkdir(other);
      const run = await runCli(['--data-dir', other, '--format', 'json', '--out', join(dir, 'x.json')]);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain('is not an Argument Study data folder');
      expect(await readdir(other)).toEqual([]);
    });
  });

  it('stops with a clear error when the folder is locked by a running app', async () => {
    await withTempDir(async (dir) => {
      const dataDir = await dataFolder(dir);
      const running = await openStore({ dataDir, clock: { now: () => NOW } });
      try {
        const run = await runCli([
          '--data-dir',
          dataDir,
          '--format',
          'revlog-csv',
          '--out',
          join(dir, 'r.csv'),
        ]);
        expect(run.code).toBe(1);
        expect(run.stderr).toMatch(
          /^export: The data folder .* is in use by another Argument Study process \(pid \d+/,
        );
        expect(await exists(join(dir, 'r.csv'))).toBe(false);
      } finally {
        await running.close();
      }
    });
  }, 30_000);

  it('explains its usage for a missing or unknown option', async () => {
    const run = await runCli(['--format', 'xml', '--out', 'x']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--data-dir is required.');
    expect(run.stderr).toContain('usage: npm run export --');
    const bad = await runCli(['--data-dir', '.', '--format', 'xml', '--out', 'x']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(
      '--format must be one of json, revlog-csv, cards-csv, apkg, report, got "xml".',
    );
  });
});
