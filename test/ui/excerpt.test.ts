// The excerpt marks exactly the quoted phrases and stays short around them.
import { describe, expect, test } from 'vitest';
import type { Finding } from '../../src/core/types';
import { excerptParts } from '../../src/ui/excerpt';

function finding(
  severity: Finding['severity'],
  text: string,
  phrase: string,
  at = text.indexOf(phrase),
): Finding {
  return {
    id: phrase,
    severity,
    message: '',
    evidence: [{ text: phrase, start: at, end: at + phrase.length }],
  };
}

const render = (parts: ReturnType<typeof excerptParts>) =>
  parts.map((p) => (p.kind === 'gap' ? '…' : p.kind === 'mark' ? `[${p.text}]` : p.text)).join('');

describe('excerptParts', () => {
  test('marks every evidence span in a short text', () => {
    const text = 'Just checking in – any updates?';
    const parts = excerptParts(text, [
      finding('block', text, 'Just checking in'),
      finding('warn', text, 'any updates'),
    ]);
    expect(render(parts)).toBe('[Just checking in] – [any updates]?');
  });

  test('shows nothing when there is no evidence', () => {
    expect(excerptParts('Hallo', [{ id: 'x', severity: 'warn', message: '', evidence: [] }])).toEqual([]);
  });

  test('skips evidence whose offsets do not point at its text', () => {
    const text = 'ich wollte nur kurz nachhaken';
    const wrong = finding('block', text, 'nachhaken', 0);
    expect(excerptParts(text, [wrong])).toEqual([]);
  });

  test('merges overlapping spans and keeps the stronger severity', () => {
    const text = 'ich wollte nur kurz nachhaken, ob';
    const parts = excerptParts(text, [
      finding('info', text, 'wollte nur kurz'),
      finding('block', text, 'kurz nachhaken'),
    ]);
    expect(parts.filter((p) => p.kind === 'mark')).toEqual([
      { kind: 'mark', text: 'wollte nur kurz nachhaken', severity: 'block' },
    ]);
  });

  test('shortens long stretches between and around the marks', () => {
    const filler = 'Lorem ipsum dolor sit amet, consetetur sadipscing elitr. '.repeat(8);
    const text = `${filler}wollte nur nachhaken ${filler}und? ${filler}`;
    const parts = excerptParts(text, [
      finding('block', text, 'wollte nur nachhaken'),
      finding('warn', text, 'und?'),
    ]);
    expect(parts.filter((p) => p.kind === 'gap')).toHaveLength(3);
    expect(render(parts).length).toBeLessThan(400);
    expect(render(parts)).toContain('[wollte nur nachhaken]');
  });
});
