// Types for render.js (plain JavaScript so webpack.config.js can import it).
export declare const DEV_BASE_URL: string;
export declare const SEND_MODES: readonly string[];
export declare function renderManifest(xml: string, settings?: { baseUrl?: string; sendMode?: string }): string;
export declare function checkBaseUrl(baseUrl: string): string;
export declare function manifestSettingsFromEnv(env?: Record<string, string | undefined>): {
  baseUrl: string;
  sendMode: string;
};
