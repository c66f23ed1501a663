// The task pane runs in WebView2 (Windows), WKWebView (Mac) and current browsers (Outlook on the web):
// all run ES2020, which the pane is built for (webpack.config.js). Outlook builds on Internet Explorer or
// the old Edge cannot parse it and show taskpane.html's "not supported" block instead.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'acorn';
import { expect, it } from 'vitest';

const SCRIPT = path.resolve(__dirname, '../../dist/web/outlook/taskpane.js');

it('ships syntax no newer than ES2020', () => {
  if (!existsSync(SCRIPT)) {
    throw new Error(
      'dist/web/outlook/taskpane.js is missing: run `npx webpack --mode production --env only=outlook`',
    );
  }
  const script = readFileSync(SCRIPT, 'utf8');
  expect(() => parse(script, { ecmaVersion: 2020, sourceType: 'script' })).not.toThrow();
});
