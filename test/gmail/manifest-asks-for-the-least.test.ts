// The extension's manifest is its permission request to every rep and admin: it must stay minimal.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const manifest = JSON.parse(readFileSync('manifest/gmail/manifest.json', 'utf8'));
const schema = JSON.parse(readFileSync('manifest/gmail/managed-schema.json', 'utf8'));

describe('the Gmail extension manifest', () => {
  it('is Manifest V3 with a service worker and an options page', () => {
    expect(manifest.manifest_version).toBe(3);
    expect(manifest.background).toEqual({ service_worker: 'service-worker.js' });
    expect(manifest.options_ui.page).toBe('options.html');
  });

  it('asks only for storage, and for no host up front', () => {
    expect(manifest.permissions).toEqual(['storage']);
    expect(manifest.host_permissions).toBeUndefined();
    expect(JSON.stringify(manifest)).not.toContain('<all_urls>');
  });

  it('runs one isolated-world content script on Gmail only, in the top frame', () => {
    expect(manifest.content_scripts).toEqual([
      {
        matches: ['https://mail.google.com/*'],
        js: ['content.js'],
        run_at: 'document_idle',
        all_frames: false,
      },
    ]);
    // A MAIN-world script would run under Gmail's Trusted Types and see the page's globals.
    expect(manifest.content_scripts[0].world).toBeUndefined();
    expect(manifest.web_accessible_resources).toBeUndefined();
  });

  it('can reach a stats server only through an optional host permission, granted on request', () => {
    expect(manifest.optional_host_permissions).toEqual([
      'https://*/*',
      'http://127.0.0.1/*',
      'http://localhost/*',
    ]);
  });

  it('lets an admin preset every option by policy (managed storage schema)', () => {
    expect(Object.keys(schema.properties).sort()).toEqual(
      ['abortThreshold', 'language', 'onSend', 'statsEnabled', 'statsEndpoint', 'teamKey'].sort(),
    );
    expect(manifest.storage.managed_schema).toBe('managed-schema.json');
  });
});
