#!/usr/bin/env node
// The `klarheit` command. The CLI is bundled by `npm run build` into dist/node/cli.js.
import { existsSync } from 'node:fs';

const cli = new URL('../dist/node/cli.js', import.meta.url);
if (!existsSync(cli)) {
  console.error('klarheit: the CLI is not built yet. Run `npm run build` first.');
  process.exit(2);
}
await import(cli.href);
