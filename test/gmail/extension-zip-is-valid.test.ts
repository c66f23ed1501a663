// The store packages are made by our own small zip writer; an independent reader (Python's zipfile)
// must accept them and find every file byte for byte.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { firefoxManifest, zipFiles } from '../../manifest/gmail/package-extension.js';

const dir = mkdtempSync(path.join(tmpdir(), 'klarheit-zip-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const readWithPython = (zip: string) =>
  JSON.parse(
    execFileSync('python3', [
      '-c',
      'import json,sys,zipfile\nz=zipfile.ZipFile(sys.argv[1])\nassert z.testzip() is None\nprint(json.dumps({n: z.read(n).decode("latin-1") for n in z.namelist()}))',
      zip,
    ]).toString(),
  ) as Record<string, string>;

describe('the extension zip writer', () => {
  it('writes a zip that another reader verifies (CRC) and unpacks to the same bytes', () => {
    const binary = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 7919) % 256));
    const files = [
      { name: 'manifest.json', data: Buffer.from('{"manifest_version":3}\n') },
      { name: 'icons/icon-16.png', data: binary },
      { name: 'empty.txt', data: Buffer.alloc(0) },
      { name: 'über.txt', data: Buffer.from('äöü', 'utf8') },
    ];
    const zip = path.join(dir, 'test.zip');
    writeFileSync(zip, zipFiles(files));
    const unpacked = readWithPython(zip);
    expect(Object.keys(unpacked)).toEqual(files.map((f) => f.name));
    for (const file of files) expect(Buffer.from(unpacked[file.name], 'latin1').equals(file.data)).toBe(true);
  });

  it('gives the same bytes for the same files (reproducible store uploads)', () => {
    const files = [{ name: 'a.js', data: Buffer.from('console.log(1)') }];
    expect(zipFiles(files).equals(zipFiles(files))).toBe(true);
  });

  it('turns the Chrome manifest into a Firefox one: background scripts, a gecko id, no Chrome-only keys', () => {
    const chromeManifest = JSON.parse(
      '{"manifest_version":3,"minimum_chrome_version":"120","storage":{"managed_schema":"s.json"},"background":{"service_worker":"service-worker.js"},"permissions":["storage"]}',
    );
    const patch = {
      background: { scripts: ['service-worker.js'] },
      browser_specific_settings: { gecko: { id: 'x@y' } },
    };
    expect(firefoxManifest(chromeManifest, patch)).toEqual({
      manifest_version: 3,
      background: { scripts: ['service-worker.js'] },
      permissions: ['storage'],
      browser_specific_settings: { gecko: { id: 'x@y' } },
    });
  });
});
