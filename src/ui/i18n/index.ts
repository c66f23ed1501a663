import type { Language } from '../../core/types';
import type { Catalog } from './catalog';
import { de } from './de';
import { en } from './en';

export type { Catalog, ErrorKey } from './catalog';

const catalogs: Record<Language, Catalog> = { de, en };

export function catalogFor(language: Language): Catalog {
  return catalogs[language] ?? de;
}
