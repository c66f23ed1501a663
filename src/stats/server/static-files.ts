// Serves the built files (dist/web: playground, Outlook add-in, dashboard) read-only:
// no directory listings, nothing outside the folder, no dotfiles.
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

export interface StaticMount {
  /** URL prefix ending in "/", e.g. "/" or "/outlook/". */
  prefix: string;
  dir: string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

/** The file a URL path names inside a mount, or null when it is outside the folder or malformed. */
export function resolveStaticPath(mount: StaticMount, pathname: string): string | null {
  if (!pathname.startsWith(mount.prefix)) return null;
  let relative: string;
  try {
    relative = decodeURIComponent(pathname.slice(mount.prefix.length));
  } catch {
    return null;
  }
  if (relative.includes('\0') || relative.includes('\\')) return null;
  if (relative.split('/').some((part) => part.startsWith('.'))) return null; // "..", ".git", ".env"
  const root = path.resolve(mount.dir);
  const file = path.resolve(
    root,
    relative.endsWith('/') || relative === '' ? `${relative}index.html` : relative,
  );
  return file.startsWith(root + path.sep) ? file : null;
}

/** Answers a GET/HEAD from the mounts; false when no mount has the file (the caller sends 404). */
export async function serveStatic(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  mounts: readonly StaticMount[],
): Promise<boolean> {
  for (const mount of mounts) {
    if (`${pathname}/` === mount.prefix) return redirectToFolder(res, pathname);
    const file = resolveStaticPath(mount, pathname);
    if (!file) continue;
    const info = await stat(file).catch(() => null);
    if (!info) continue;
    if (info.isDirectory()) return redirectToFolder(res, pathname);
    const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
    const headers = {
      'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
      // File names carry no content hash, so browsers revalidate every time (cheap with the ETag).
      'Cache-Control': 'no-cache',
      ETag: etag,
      'X-Content-Type-Options': 'nosniff',
    };
    if (req.headers['if-none-match'] === etag) {
      res.writeHead(304, headers);
      res.end();
      return true;
    }
    res.writeHead(200, { ...headers, 'Content-Length': info.size });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
    return true;
  }
  return false;
}

/** "/outlook" → "/outlook/", so that relative links in the folder's index.html resolve. */
function redirectToFolder(res: ServerResponse, pathname: string): true {
  res.writeHead(301, { Location: `${pathname}/` });
  res.end();
  return true;
}
