// Packs the built extension for the stores: dist/klarheit-gmail.zip (Chrome Web Store, Edge Add-ons)
// and dist/klarheit-gmail-firefox.zip (the same files, manifest patched with firefox.json). Runs as a
// webpack plugin after the gmail target is emitted, so `npm run build` always ships a fresh zip.
// The zip writer is a few lines on node:zlib (deflate) with fixed timestamps: the same build gives
// the same bytes, and no zip package is needed.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** 1 January 2026, 00:00, in MS-DOS date/time form (stores reject zips with entries dated before 1980). */
const DOS_TIME = 0;
const DOS_DATE = ((2026 - 1980) << 9) | (1 << 5) | 1;
const UTF8_NAMES = 0x0800;

/** A zip archive (deflate) of `files`: [{ name: 'a/b.js', data: Buffer }]. */
export function zipFiles(files) {
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const { name, data } of files) {
    const nameBytes = Buffer.from(name, 'utf8');
    const compressed = deflateRawSync(data, { level: 9 });
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(UTF8_NAMES, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt16LE(DOS_TIME, 10);
    local.writeUInt16LE(DOS_DATE, 12);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(compressed.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(0, 28);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(UTF8_NAMES, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt16LE(DOS_TIME, 12);
    central.writeUInt16LE(DOS_DATE, 14);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(compressed.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, compressed);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + compressed.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(files.length, 8);
  end.writeUInt16LE(files.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** Every file under `dir`, with forward-slash names relative to it, in a stable order. */
export function readTree(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      const name = prefix + entry.name;
      return entry.isDirectory() ? readTree(full, `${name}/`) : [{ name, data: readFileSync(full) }];
    });
}

/** The Firefox manifest: Chrome's with firefox.json's keys laid over it (Firefox has no service_worker). */
export function firefoxManifest(chromeManifest, patch) {
  const { minimum_chrome_version: _chromeOnly, storage: _managedSchemaUnsupported, ...rest } = chromeManifest;
  return { ...rest, ...patch };
}

export class PackageExtensionPlugin {
  /** @param {{ outDir: string, zip: string, firefoxZip: string, firefoxPatch: string }} options */
  constructor(options) {
    this.options = options;
  }

  apply(compiler) {
    compiler.hooks.afterEmit.tap('PackageExtensionPlugin', (compilation) => {
      if (compilation.errors.length > 0) return;
      const { outDir, zip, firefoxZip, firefoxPatch } = this.options;
      const files = readTree(outDir);
      writeFileSync(zip, zipFiles(files));
      const manifest = JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8'));
      const patch = JSON.parse(readFileSync(firefoxPatch, 'utf8'));
      const firefox = Buffer.from(`${JSON.stringify(firefoxManifest(manifest, patch), null, 2)}\n`);
      writeFileSync(
        firefoxZip,
        zipFiles(files.map((file) => (file.name === 'manifest.json' ? { name: file.name, data: firefox } : file))),
      );
    });
  }
}
