import { spawn } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';

/** Bundles the writer into one file so that each trial starts a plain, fast `node` process. */
export async function bundleWriter(outDir: string): Promise<string> {
  const outfile = join(outDir, 'crash-writer.mjs');
  await build({
    entryPoints: [join(import.meta.dirname, 'writer.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
  });
  return outfile;
}

export interface Ack {
  id: string;
  itemId: string;
  review: string;
}

/** Runs the writer and kills it with SIGKILL `delayMs` after it is ready; returns the answers it acknowledged. */
export function runAndKill(writer: string, dataDir: string, seed: number, delayMs: number): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writer, dataDir, String(seed)], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (chunk: Buffer) => {
      const before = out;
      out += chunk.toString();
      if (!before.includes('READY') && out.includes('READY'))
        setTimeout(() => child.kill('SIGKILL'), delayMs);
    });
    child.stderr.on('data', (chunk: Buffer) => (err += chunk.toString()));
    child.on('exit', (code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended with ${code ?? signal}: ${err}`));
      // Only whole lines count: a line cut by the kill was never acknowledged.
      const lines = out.split('\n').slice(0, -1);
      resolve(
        lines
          .filter((line) => line.startsWith('ACK '))
          .map((line) => {
            const [, id, itemId, review] = line.split(' ');
            return { id: id!, itemId: itemId!, review: review! };
          }),
      );
    });
  });
}

/** Every JSON file of the folder parses (backups and set-aside files aside). */
export async function unparseableFiles(dir: string): Promise<string[]> {
  const bad: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.json')) continue;
    const path = join(entry.parentPath, entry.name);
    try {
      JSON.parse(await readFile(path, 'utf8'));
    } catch {
      bad.push(path);
    }
  }
  return bad;
}
