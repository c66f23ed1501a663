// @vitest-environment jsdom
// Gmail translates its labels and tooltips into every UI language; a hook on them works for English
// reps only. Every selector must stand on form names, roles, Gmail's own markers or class names.
import { describe, expect, it } from 'vitest';
import { selectors } from '../../src/gmail/selectors';

/** A value test on an attribute Gmail translates, or text matching (presence alone is fine). */
const localized =
  /\[(aria-label|data-tooltip|title|alt|placeholder)[~|^$*]?=|:contains|Send|Senden|Message Body/i;

describe('the Gmail selector chains', () => {
  it.each(Object.entries(selectors))('%s uses no localized label, tooltip or text', (_name, chain) => {
    expect(chain.selectors.length).toBeGreaterThan(0);
    for (const selector of chain.selectors) {
      expect(selector).not.toMatch(localized);
      // Each one must parse (a typo would make a whole chain throw at run time).
      expect(() => document.createDocumentFragment().querySelector(selector)).not.toThrow();
    }
  });
});
