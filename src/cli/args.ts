// Option parsing shared by the commands: node's parseArgs, with a usage error (exit 2) instead of a
// stack trace when someone mistypes a flag.
import { type ParseArgsConfig, parseArgs } from 'node:util';

export const EXIT = { ok: 0, someFailed: 1, usage: 2 } as const;

type Options = NonNullable<ParseArgsConfig['options']>;

export type Parsed<O extends Options> = {
  values: { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string };
  files: string[];
};

export class UsageError extends Error {}

/** Parses `args`; throws UsageError with a readable message on unknown or malformed options. */
export function parseCommandArgs<O extends Options>(args: string[], options: O): Parsed<O> {
  try {
    const { values, positionals } = parseArgs({ args, options, allowPositionals: true, strict: true });
    return { values: values as Parsed<O>['values'], files: positionals };
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
}

/** Prints a usage error the same way for every command; returns the usage exit code. */
export function usageError(command: string, message: string, usage: string): number {
  console.error(`klarheit ${command}: ${message}\n\n${usage}`);
  return EXIT.usage;
}

/** `--now` must be a date JavaScript can read; a typo should not silently mean "today". */
export function parseNow(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (Number.isNaN(Date.parse(value))) throw new UsageError(`--now "${value}" is not an ISO date`);
  return value;
}

export function parseLang(value: string | undefined): 'de' | 'en' | undefined {
  if (value === undefined || value === 'de' || value === 'en') return value;
  throw new UsageError(`--lang must be "de" or "en", not "${value}"`);
}
