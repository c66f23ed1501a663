// The Outlook manifest, checked offline (Microsoft's validator is online only: npm run validate:manifest).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { JSDOM } from 'jsdom';
import { OfficeAddinManifest } from 'office-addin-manifest';
import { describe, expect, it } from 'vitest';
import { checkBaseUrl, DEV_BASE_URL, renderManifest } from '../../manifest/render.js';
import { ON_SEND_FUNCTION_NAME, TASKPANE_COMMAND_ID } from '../../src/outlook/send-check';
import { ensureOutlookBuild, outlookDist, readBuilt, repoRoot } from './helpers';

const manifestPath = path.join(repoRoot, 'manifest/manifest.xml');
const source = readFileSync(manifestPath, 'utf8');
const PRODUCTION = 'https://klarheit.example.com/addin';

function parse(xml: string): Document {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`manifest.xml is not well-formed XML: ${error.textContent}`);
  return doc;
}

const all = (doc: Document | Element, localName: string) =>
  Array.from(doc.getElementsByTagNameNS('*', localName)) as Element[];

/** The VersionOverrides an element belongs to (its closest one; the nested V1_1 has its own resources). */
function ownOverrides(el: Element): Element | null {
  let node = el.parentElement;
  while (node && node.localName !== 'VersionOverrides') node = node.parentElement;
  return node;
}

function resourceIds(overrides: Element): Set<string> {
  const resources = Array.from(overrides.children).find((c) => c.localName === 'Resources');
  return new Set(
    resources
      ? (all(resources, '*')
          .map((e) => e.getAttribute('id'))
          .filter(Boolean) as string[])
      : [],
  );
}

function urlsOf(doc: Document): string[] {
  const urls: string[] = [];
  for (const el of all(doc, '*')) {
    const value = el.getAttribute('DefaultValue') ?? el.getAttribute('Value');
    if (value && /^[a-z]+:\/\//i.test(value)) urls.push(value);
    if (el.localName === 'AppDomain' && el.textContent) urls.push(el.textContent.trim());
  }
  return urls;
}

describe.each([
  ['the source manifest', source],
  ['a production build', renderManifest(source, { baseUrl: PRODUCTION })],
])('%s', (_name, xml) => {
  const doc = parse(xml);

  it('is a mail add-in with the compose task pane and the OnMessageSend event', () => {
    expect(doc.documentElement.getAttribute('xsi:type')).toBe('MailApp');
    const overrides = all(doc, 'VersionOverrides').map((e) => e.getAttribute('xsi:type'));
    expect(overrides).toEqual(['VersionOverridesV1_0', 'VersionOverridesV1_1']);
    const points = all(doc, 'ExtensionPoint').map((e) => e.getAttribute('xsi:type'));
    expect(points).toEqual(['MessageComposeCommandSurface', 'MessageComposeCommandSurface', 'LaunchEvent']);
    const send = all(doc, 'LaunchEvent').find((e) => e.getAttribute('Type') === 'OnMessageSend')!;
    expect(send.getAttribute('SendMode')).toBe('PromptUser');
  });

  it('resolves every resid inside its own VersionOverrides, and resids stay within 32 characters', () => {
    const missing: string[] = [];
    for (const el of all(doc, '*').filter((e) => e.hasAttribute('resid'))) {
      const resid = el.getAttribute('resid')!;
      expect(resid.length).toBeLessThanOrEqual(32);
      const overrides = ownOverrides(el);
      if (!overrides || !resourceIds(overrides).has(resid)) missing.push(`${el.localName} → ${resid}`);
    }
    expect(missing).toEqual([]);
  });

  it('uses only HTTPS URLs', () => {
    const urls = urlsOf(doc);
    expect(urls.length).toBeGreaterThan(8);
    expect(urls.filter((u) => !u.startsWith('https://'))).toEqual([]);
  });

  it('has unique control and group ids, and unique resource ids per VersionOverrides', () => {
    const commandIds = all(doc, '*')
      .filter((e) => e.localName === 'Control' || e.localName === 'Group')
      .map((e) => e.getAttribute('id'));
    expect(new Set(commandIds).size).toBe(commandIds.length);
    for (const overrides of all(doc, 'VersionOverrides')) {
      const resources = Array.from(overrides.children).find((c) => c.localName === 'Resources')!;
      const ids = all(resources, '*')
        .map((e) => e.getAttribute('id'))
        .filter(Boolean);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it('names the on-send handler the bundle registers and the task pane the dialog opens', () => {
    const send = all(doc, 'LaunchEvent').find((e) => e.getAttribute('Type') === 'OnMessageSend')!;
    expect(send.getAttribute('FunctionName')).toBe(ON_SEND_FUNCTION_NAME);
    const v11 = all(doc, 'VersionOverrides').find(
      (e) => e.getAttribute('xsi:type') === 'VersionOverridesV1_1',
    )!;
    const controls = all(v11, 'Control').map((e) => e.getAttribute('id'));
    expect(controls).toContain(TASKPANE_COMMAND_ID);
  });

  it('keeps every text within the schema’s lengths, in every language', () => {
    const tooLong: string[] = [];
    const check = (el: Element, max: number) => {
      for (const node of [el, ...all(el, 'Override')]) {
        const value = node.getAttribute('DefaultValue') ?? node.getAttribute('Value') ?? '';
        if (value.length > max)
          tooLong.push(`${el.getAttribute('id') ?? el.localName}: ${value.length} > ${max}`);
      }
    };
    for (const el of all(doc, 'DisplayName')) check(el, 125);
    for (const el of all(doc, 'Description').filter((e) => e.hasAttribute('DefaultValue'))) check(el, 250);
    for (const el of all(doc, 'ShortStrings').flatMap((e) => all(e, 'String'))) check(el, 125);
    for (const el of all(doc, 'LongStrings').flatMap((e) => all(e, 'String'))) check(el, 250);
    expect(tooLong).toEqual([]);
    expect(all(doc, 'Override').filter((e) => e.hasAttribute('Locale')).length).toBeGreaterThan(4);
  });

  it('points the runtimes at commands.html (web, new Outlook, Mac) and onsend.js (classic Windows)', () => {
    const urls = Object.fromEntries(
      all(doc, 'Url').map((e) => [e.getAttribute('id'), e.getAttribute('DefaultValue')]),
    );
    const runtime = all(doc, 'Runtime')[0];
    const override = all(runtime, 'Override')[0];
    expect(override.getAttribute('type')).toBe('javascript');
    expect(urls[runtime.getAttribute('resid')!]).toMatch(/\/outlook\/commands\.html$/);
    expect(urls[override.getAttribute('resid')!]).toMatch(/\/outlook\/onsend\.js$/);
  });
});

describe('icons', () => {
  it('exist in assets/ at every size the manifest names', () => {
    const doc = parse(source);
    const icons = [
      ...all(doc, 'IconUrl'),
      ...all(doc, 'HighResolutionIconUrl'),
      ...all(doc, 'Image').filter((e) => e.hasAttribute('DefaultValue')),
    ].map((e) => e.getAttribute('DefaultValue')!);
    expect(icons.length).toBeGreaterThan(3);
    for (const url of icons) {
      const file = /\/assets\/(icon-(\d+)\.png)$/.exec(url);
      expect(file, url).not.toBeNull();
      const png = readFileSync(path.join(repoRoot, 'assets', file![1]));
      expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([Number(file![2]), Number(file![2])]);
    }
  });
});

describe('office-addin-manifest', () => {
  it('reads the source manifest and a production build', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'klarheit-manifest-'));
    const production = path.join(dir, 'manifest.xml');
    writeFileSync(production, renderManifest(source, { baseUrl: PRODUCTION }));
    for (const [file, base] of [
      [manifestPath, DEV_BASE_URL],
      [production, PRODUCTION],
    ]) {
      const info = await OfficeAddinManifest.readManifestFile(file);
      expect(info.officeAppType).toBe('MailApp');
      expect(info.displayName).toBe('Klarheit');
      expect(info.id).toMatch(/^[0-9a-f-]{36}$/);
      expect(info.hosts).toEqual(['Mailbox']);
      expect(info.permissions).toBe('ReadWriteItem');
      expect(info.iconUrl).toBe(`${base}/outlook/assets/icon-64.png`);
    }
    rmSync(dir, { recursive: true });
  });
});

describe('renderManifest', () => {
  it('replaces every development URL with the production base URL', () => {
    const built = renderManifest(source, { baseUrl: `${PRODUCTION}/` });
    expect(built).not.toContain(DEV_BASE_URL);
    expect(built).toContain(`${PRODUCTION}/outlook/taskpane.html`);
    expect(built.split(PRODUCTION).length).toBe(source.split(DEV_BASE_URL).length);
  });

  it('sets the send mode an admin chose', () => {
    expect(renderManifest(source, { sendMode: 'SoftBlock' })).toContain('SendMode="SoftBlock"');
    expect(() => renderManifest(source, { sendMode: 'Sometimes' })).toThrow(/ADDIN_SEND_MODE/);
  });

  it('refuses base URLs Outlook would not load', () => {
    expect(() => checkBaseUrl('http://klarheit.example.com')).toThrow(/https/);
    expect(() => checkBaseUrl('klarheit.example.com')).toThrow(/not a URL/);
    expect(() => checkBaseUrl('https://klarheit.example.com/?x=1')).toThrow(/plain origin/);
  });
});

describe('the deployable folder (npm run build)', () => {
  it('has a file behind every URL of its manifest, all under one base URL', () => {
    ensureOutlookBuild(['manifest.xml', 'taskpane.html', 'taskpane.js', 'commands.html', 'onsend.js']);
    const urls = urlsOf(parse(readBuilt('manifest.xml')));
    const bases = new Set(urls.map((url) => url.slice(0, url.indexOf('/outlook/'))));
    expect(bases.size).toBe(1);
    const missing = urls
      .map((url) => url.slice(url.indexOf('/outlook/') + '/outlook/'.length))
      .filter((file) => !existsSync(path.join(outlookDist, file)));
    expect(missing).toEqual([]);
  });
});
