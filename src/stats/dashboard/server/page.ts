// GET /dashboard: the page shell. The script itself is a built file (dist/web/dashboard/dashboard.js)
// served by the static mount; the shell is rendered here so that it carries strict security headers.
import type { IncomingMessage } from 'node:http';
import type { RequestContext } from '../../server/router';

const SECURITY_HEADERS = {
  // Inline styles only: uPlot sizes its canvas with style attributes and the page injects its CSS.
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'; object-src 'none'",
  'X-Frame-Options': 'DENY',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cache-Control': 'no-cache',
};

/** A data: URI, so the icon costs no request (and needs nothing in dist/). */
const FAVICON = `data:image/svg+xml,${encodeURIComponent(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" rx="7" fill="#0b5f93"/><text x="16" y="23" font-family="sans-serif" font-size="19" font-weight="700" fill="#fff" text-anchor="middle">K</text></svg>',
)}`;

/** The browser's preferred language, for the first paint before the script picks its catalog. */
function pageLanguage(req: IncomingMessage): 'de' | 'en' {
  return /^\s*de\b/i.test(req.headers['accept-language'] ?? '') ? 'de' : 'en';
}

export function dashboardPage({ req, res }: RequestContext): void {
  const lang = pageLanguage(req);
  const title = lang === 'de' ? 'Klarheit · Team-Dashboard' : 'Klarheit · Team dashboard';
  const noScript =
    lang === 'de'
      ? 'Das Dashboard braucht JavaScript.'
      : 'The dashboard needs JavaScript to show your team’s figures.';
  const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="${FAVICON}">
</head>
<body>
<div id="app"></div>
<noscript>${noScript}</noscript>
<script src="/dashboard/dashboard.js"></script>
</body>
</html>
`;
  res.writeHead(200, {
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(html),
    ...SECURITY_HEADERS,
  });
  res.end(req.method === 'HEAD' ? undefined : html);
}
