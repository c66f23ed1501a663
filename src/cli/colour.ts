// Colour only for people: on a terminal, unless NO_COLOR is set; FORCE_COLOR turns it on for pipes.
// (https://no-color.org; FORCE_COLOR as in Node's own util.styleText.)
import type { WriteStream } from 'node:tty';

export type Style = 'bold' | 'dim' | 'red' | 'yellow' | 'green' | 'cyan';

const CODES: Record<Style, [number, number]> = {
  bold: [1, 22],
  dim: [2, 22],
  red: [31, 39],
  yellow: [33, 39],
  green: [32, 39],
  cyan: [36, 39],
};

export function useColour(stream: NodeJS.WritableStream): boolean {
  if (process.env.NO_COLOR) return false;
  if (process.env.FORCE_COLOR && process.env.FORCE_COLOR !== '0') return true;
  return Boolean((stream as WriteStream).isTTY);
}

/** Returns a painter that wraps text in ANSI codes, or leaves it alone when colour is off. */
export function painter(enabled: boolean) {
  return (style: Style, text: string) =>
    enabled ? `\x1b[${CODES[style][0]}m${text}\x1b[${CODES[style][1]}m` : text;
}

export type Paint = ReturnType<typeof painter>;
