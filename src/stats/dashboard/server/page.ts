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

/** The browser's preferred language, for the first paint before the script picks its catalog. */
function pageLanguage(req: IncomingMessage): 'de' | 'en' {
  return /^\s*de\b/i.test(req.headers['accept-language'] ?? '') ? 'de' : 'en';
}

export function dashboardPage({ req, res }: RequestContext): void {
  const lang = pageLanguage(req);
  const title = lang === 'de' ? 'Klarheit · Team-Dashboard' : 'Klarheit · Team dashboard';
  const html = `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
</head>
<body>
<div id="app"></div>
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
