// The compiled rule sets, per language. Compiled once when the engine loads.
import type { Language } from '../types';
import { compileRules } from './compile';
import { germanRules } from './de';
import { englishRules } from './en';
import type { Rule } from './types';

export const RULES: Record<Language, readonly Rule[]> = {
  de: compileRules('de', germanRules),
  en: compileRules('en', englishRules),
};
