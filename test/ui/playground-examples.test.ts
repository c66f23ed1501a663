// Each playground example is labelled with the verdict it demonstrates; the engine must agree, in text
// and in the HTML the playground makes of it — otherwise the playground teaches the wrong thing.
import { describe, expect, test } from 'vitest';
import { analyze } from '../../src/core';
import { examples } from '../../src/playground/examples';
import { textToHtml } from '../../src/playground/format';

describe.each(examples)('example $id', (example) => {
  test(`is judged ${example.shows} as text and as HTML`, () => {
    const now = '2026-11-27T09:00:00Z';
    const asText = analyze({ subject: example.subject, body: example.body, format: 'text', now });
    const asHtml = analyze({ subject: example.subject, body: textToHtml(example.body), format: 'html', now });
    expect(asText.language).toBe(example.language);
    expect([asText.verdict, asHtml.verdict]).toEqual([example.shows, example.shows]);
  });
});
