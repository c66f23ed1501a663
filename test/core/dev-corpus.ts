// The shared development corpus (../shared/corpus beside the repo, or $KLARHEIT_CORPUS_DIR).
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type CorpusItem, toCorpusItems } from '../../src/core/evaluate';

export const CORPUS_DIR =
  process.env.KLARHEIT_CORPUS_DIR ?? path.resolve(__dirname, '../../../shared/corpus');
export const DEV_CORPUS_FILES = ['dev.json', 'dev-hard-de.json', 'dev-hard-en.json'];

export const devCorpusPresent = DEV_CORPUS_FILES.every((f) => existsSync(path.join(CORPUS_DIR, f)));

export function loadDevCorpus(): CorpusItem[] {
  return DEV_CORPUS_FILES.flatMap((f) =>
    toCorpusItems(JSON.parse(readFileSync(path.join(CORPUS_DIR, f), 'utf8'))),
  );
}

/** One of the project's own labelled sets in test/fixtures/corpus. */
export function loadOwnCorpus(file: string): CorpusItem[] {
  return toCorpusItems(JSON.parse(readFileSync(path.join(__dirname, '../fixtures/corpus', file), 'utf8')));
}
