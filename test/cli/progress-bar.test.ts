// The audit's progress bar: drawn only on a terminal, and cleared before the summary prints.
import { describe, expect, it } from 'vitest';
import { ProgressBar } from '../../src/cli/progress';

function fakeStream(isTTY: boolean) {
  const writes: string[] = [];
  const stream = { isTTY, write: (s: string) => writes.push(s) } as unknown as NodeJS.WriteStream;
  return { stream, writes };
}

describe('ProgressBar', () => {
  it('draws share and message count on a terminal, then clears its line', () => {
    const { stream, writes } = fakeStream(true);
    let now = 1_000;
    const bar = new ProgressBar(stream, 200, () => now);
    bar.update(50, 1234);
    now += 50;
    bar.update(60, 1300); // within 100 ms of the last draw: skipped
    now += 100;
    bar.update(200, 2000);
    bar.finish();
    expect(writes).toHaveLength(3);
    expect(writes[0]).toMatch(/^\r█{6}░{18}\s+25%\s+1,234 messages$/);
    expect(writes[1]).toMatch(/^\r█{24}\s+100%\s+2,000 messages$/);
    expect(writes[2]).toBe('\r\x1b[K');
  });

  it('writes nothing when stderr is a pipe or a file', () => {
    const { stream, writes } = fakeStream(false);
    const bar = new ProgressBar(stream, 200);
    bar.update(100, 10);
    bar.finish();
    expect(writes).toEqual([]);
  });
});
