// Writes the deployable Outlook manifest: manifest.xml with the production base URL and send mode.
// Used by webpack's `outlook` target (→ dist/web/outlook/manifest.xml) and by the manifest tests.
// Plain ESM JavaScript so webpack.config.js can import it without a TypeScript step.

/** The base URL manifest.xml is written with: the local HTTPS server of `npm start`. */
export const DEV_BASE_URL = 'https://localhost:3443';

/** What Outlook accepts in LaunchEvent SendMode (PromptUser never traps mail when the add-in fails). */
export const SEND_MODES = ['PromptUser', 'SoftBlock', 'Block'];

/**
 * @param {string} xml the source manifest.xml
 * @param {{ baseUrl?: string, sendMode?: string }} [settings]
 * @returns {string}
 */
export function renderManifest(xml, { baseUrl = DEV_BASE_URL, sendMode = 'PromptUser' } = {}) {
  const base = checkBaseUrl(baseUrl);
  if (!SEND_MODES.includes(sendMode)) {
    throw new Error(`ADDIN_SEND_MODE must be one of ${SEND_MODES.join(', ')}; got "${sendMode}".`);
  }
  return xml.split(DEV_BASE_URL).join(base).replace(/SendMode="[A-Za-z]+"/g, `SendMode="${sendMode}"`);
}

/** Outlook loads add-in pages over HTTPS only; a typo here would only show up inside Outlook. */
export function checkBaseUrl(baseUrl) {
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new Error(`ADDIN_BASE_URL is not a URL: "${baseUrl}".`);
  }
  if (url.protocol !== 'https:') throw new Error(`ADDIN_BASE_URL must start with https:// (got "${baseUrl}").`);
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(`ADDIN_BASE_URL must be a plain origin with an optional path (got "${baseUrl}").`);
  }
  return url.href.replace(/\/+$/, '');
}

/** The settings of this build, from the environment (defaults: local development). */
export function manifestSettingsFromEnv(env = process.env) {
  return { baseUrl: env.ADDIN_BASE_URL || DEV_BASE_URL, sendMode: env.ADDIN_SEND_MODE || 'PromptUser' };
}
