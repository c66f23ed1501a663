// Types for package-extension.js (plain JavaScript because webpack.config.js imports it directly).
import type { Compiler } from 'webpack';

export interface ZipEntry {
  name: string;
  data: Buffer;
}

export function zipFiles(files: ZipEntry[]): Buffer;
export function readTree(dir: string, prefix?: string): ZipEntry[];
export function firefoxManifest(
  chromeManifest: Record<string, unknown>,
  patch: Record<string, unknown>,
): Record<string, unknown>;

export class PackageExtensionPlugin {
  constructor(options: { outDir: string; zip: string; firefoxZip: string; firefoxPatch: string });
  apply(compiler: Compiler): void;
}
