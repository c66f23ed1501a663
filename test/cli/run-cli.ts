// Runs the built `klarheit` command the way a user does (node bin/klarheit.js …), building the
// node bundle first when any source is newer than it. Other engineers build in parallel, so the
// build takes a lock.
import { execFileSync, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const fixtures = path.join(repo, 'test/fixtures/cli');

/**
 * Rebuilds dist/node/cli.js when a source file is newer. The check runs inside the lock, so test
 * files starting together build once instead of overwriting the bundle while another one runs it.
 */
export function buildCliIfStale(): void {
  const stale =
    'test -f dist/node/cli.js && test -z "$(find src -newer dist/node/cli.js -print -quit)" || npm run build:node';
  execFileSync('flock', ['/tmp/klarheit-build-node.lock', 'sh', '-c', stale], { cwd: repo, stdio: 'pipe' });
}

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(
  args: string[],
  options: { stdin?: string; env?: Record<string, string>; cwd?: string } = {},
): Promise<CliResult> {
  // The test runner's own colour settings must not leak into the command under test.
  const { NO_COLOR: _, FORCE_COLOR: __, ...env } = process.env;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [path.join(repo, 'bin/klarheit.js'), ...args], {
      cwd: options.cwd ?? repo,
      env: { ...env, ...options.env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => {
      stdout += d;
    });
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}
