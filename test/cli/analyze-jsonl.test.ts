// `klarheit analyze --jsonl`: a batch keeps its order, a bad line costs only its own result, and the
// exit code tells a script that something failed.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCliIfStale, repo, runCli } from './run-cli';

beforeAll(() => buildCliIfStale());

const line = (o: unknown) => JSON.stringify(o);
const parseLines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as { id: unknown; verdict?: string; error?: string });

describe('klarheit analyze --jsonl', () => {
  it('answers every line in input order; bad lines get an error and the batch goes on', async () => {
    const input = [
      line({
        id: 'a1',
        subject: 'AW: Angebot',
        body: 'Hallo Herr Maier, ich wollte nur kurz nachhaken.',
        format: 'text',
      }),
      line({
        id: 'a2',
        subject: 'Re: Proposal',
        body: '<p>Hi Sam, just checking in on the proposal.</p>',
        format: 'html',
      }),
      '{"id": "a3", "subject": "broken", "body": "unterminated',
      line({ id: 'a4', subject: 'Re: x', body: 42, format: 'text' }),
      line({ id: 'a5', subject: 'Re: x', body: 'hello', format: 'markdown' }),
      '',
      line({
        id: 7,
        subject: 'Rechnung 2026-1187',
        body: 'Anbei die Rechnung, zahlbar bis 9.12.',
        format: 'text',
      }),
    ].join('\n');
    const result = await runCli(['analyze', '--jsonl'], { stdin: `${input}\n` });
    expect(result.code).toBe(1);
    const out = parseLines(result.stdout);
    expect(out.map((o) => o.id)).toEqual(['a1', 'a2', null, 'a4', 'a5', 7]);
    expect(out[0].verdict).toBe('chaser');
    expect(out[1].verdict).toBe('chaser');
    expect(out[2].error).toMatch(/^line 3: not valid JSON/);
    expect(out[3].error).toBe('line 4: "body" must be a string');
    expect(out[4].error).toBe('line 5: "format" must be "html" or "text"');
    expect(out[5].error).toBeUndefined();
    expect(out[5].verdict).toBeDefined();
  });

  it('exits 0 when every line was analysed, and reads a file as well as stdin', async () => {
    const lines = Array.from({ length: 500 }, (_, i) =>
      line({
        id: `m${i}`,
        subject: 'Re: Proposal',
        body: i % 2 ? 'Just checking in.' : 'Thanks, see attached.',
        format: 'text',
      }),
    );
    const dir = mkdtempSync(path.join(tmpdir(), 'klarheit-jsonl-'));
    const file = path.join(dir, 'batch.jsonl');
    writeFileSync(file, `${lines.join('\r\n')}\r\n`);
    const result = await runCli(['analyze', '--jsonl', file, '--now', '2026-11-27T09:00:00Z']);
    expect(result.code).toBe(0);
    const out = parseLines(result.stdout);
    expect(out.map((o) => o.id)).toEqual(lines.map((_, i) => `m${i}`));
    expect(out.filter((o) => o.verdict === 'chaser')).toHaveLength(250);
  });

  it('stops quietly when the reader goes away (… | head)', async () => {
    const lines = Array.from({ length: 5000 }, (_, i) =>
      line({ id: i, subject: '', body: 'Just checking in.', format: 'text' }),
    );
    const child = spawn(process.execPath, [path.join(repo, 'bin/klarheit.js'), 'analyze', '--jsonl']);
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => {
      stderr += d;
    });
    child.stdout.once('data', () => child.stdout.destroy());
    // The CLI may exit before it has read all of its input (that is the point): our write then meets
    // a closed pipe, which is expected here and not a failure of the test run.
    child.stdin.on('error', () => {});
    child.stdin.end(lines.join('\n'));
    const [code] = await once(child, 'close');
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });

  it('fails clearly on a batch file that does not exist', async () => {
    const result = await runCli(['analyze', '--jsonl', 'no-such-batch.jsonl']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('cannot read no-such-batch.jsonl: no such file or directory');
  });
});
