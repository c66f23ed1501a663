// Runs the real commands in child processes (bundled from cli-entry.ts), so tests can kill -9 the server.
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../../..');

/** Bundles cli-entry.ts into dist/ (inside the repo, so its packages resolve); returns the file. */
export async function buildCliEntry(): Promise<{ file: string; remove(): void }> {
  const dir = path.join(root, 'dist', `test-stats-${randomBytes(4).toString('hex')}`);
  const file = path.join(dir, 'cli.js');
  await build({
    entryPoints: [path.join(import.meta.dirname, 'cli-entry.ts')],
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
  /** The HTTP URL. */
  url: string;
  /** Every URL it listens on (HTTP, then HTTPS when enabled). */
  urls: string[];
  /** Every stdout line (JSON logs). */
  lines: string[];
  exited: Promise<number | null>;
}

export async function spawnServer(
  file: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<ServerProcess> {
  const child = spawn(process.execPath, [file, 'serve', '--port', '0', '--host', '127.0.0.1', ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: string[] = [];
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const urls = await new Promise<string[]>((resolve, reject) => {
    let buffered = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const parts = buffered.split('\n');
      buffered = parts.pop() ?? '';
      for (const line of parts) {
        lines.push(line);
        const entry = JSON.parse(line) as { msg: string; urls?: string };
        if (entry.msg === 'listening') resolve((entry.urls as string).split(' '));
      }
    });
    void exited.then((code) => reject(new Error(`the server exited (${code}) before listening: ${stderr}`)));
  });
  return { child, url: urls[0], urls, lines, exited };
}

/** `klarheit admin …` with optional stdin; returns the exit code and output. */
export function runAdmin(file: string, args: string[], stdin?: string) {
  const result = spawnSync(process.execPath, [file, 'admin', ...args], {
    cwd: root,
    input: stdin,
    stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
