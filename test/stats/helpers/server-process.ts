// Starts the real server in a child process (bundled from serve-entry.ts), so tests can kill -9 it.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../../..');

/** Bundles serve-entry.ts into dist/ (inside the repo, so its packages resolve); returns the file. */
export async function buildServeEntry(): Promise<{ file: string; remove(): void }> {
  const dir = path.join(root, 'dist', `test-stats-${randomBytes(4).toString('hex')}`);
  const file = path.join(dir, 'serve.js');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'serve-entry.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    outfile: file,
    logLevel: 'warning',
  });
  return { file, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface ServerProcess {
  child: ChildProcess;
  url: string;
  /** Every stdout line (JSON logs). */
  lines: string[];
  exited: Promise<number | null>;
}

export async function spawnServer(file: string, args: string[]): Promise<ServerProcess> {
  const child = spawn(process.execPath, [file, '--port', '0', '--host', '127.0.0.1', ...args], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        const entry = JSON.parse(line) as { msg: string; urls?: string };
        if (entry.msg === 'listening') resolve((entry.urls as string).split(' ')[0]);
      }
    });
    void exited.then((code) => reject(new Error(`the server exited (${code}) before listening: ${stderr}`)));
  });
  return { child, url, lines, exited };
}
