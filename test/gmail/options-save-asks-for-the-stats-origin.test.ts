// Saving the options page: stats need a valid server and a team key, and the browser's consent for
// that one origin; without it the settings are saved with stats off, and the rep is told why.
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveOptions } from '../../src/gmail/options/save-options';
import { optionsStrings } from '../../src/gmail/options/strings';
import { defaultSettings } from '../../src/gmail/settings';

const stored: Record<string, unknown> = {};
let consent = true;
const request = vi.fn(async (_: { origins: string[] }) => consent);

vi.stubGlobal('chrome', {
  permissions: { request },
  storage: { sync: { set: async (items: Record<string, unknown>) => void Object.assign(stored, items) } },
});
afterAll(() => vi.unstubAllGlobals());

const t = optionsStrings('en');
const withStats = {
  ...defaultSettings,
  statsEnabled: true,
  statsEndpoint: 'https://stats.example.com',
  teamKey: 'k1',
};

beforeEach(() => {
  for (const key of Object.keys(stored)) delete stored[key];
  request.mockClear();
  consent = true;
});

describe('saving the options', () => {
  it('asks the browser for the stats server origin only, then saves', async () => {
    await expect(saveOptions(withStats, t)).resolves.toEqual({ kind: 'saved' });
    expect(request).toHaveBeenCalledWith({ origins: ['https://stats.example.com/*'] });
    expect(stored).toMatchObject({
      statsEnabled: true,
      statsEndpoint: 'https://stats.example.com',
      teamKey: 'k1',
    });
  });

  it('saves with stats off and says why when the browser is refused', async () => {
    consent = false;
    await expect(saveOptions(withStats, t)).resolves.toEqual({ kind: 'error', message: t.permissionDenied });
    expect(stored.statsEnabled).toBe(false);
  });

  it('refuses a server that is not https, or a missing team key, before asking anything', async () => {
    const plainHttp = { ...withStats, statsEndpoint: 'http://stats.example.com' };
    await expect(saveOptions(plainHttp, t)).resolves.toEqual({ kind: 'error', message: t.invalidEndpoint });
    await expect(saveOptions({ ...withStats, teamKey: ' ' }, t)).resolves.toEqual({
      kind: 'error',
      message: t.missingTeamKey,
    });
    expect(request).not.toHaveBeenCalled();
    expect(stored).toEqual({});
  });

  it('asks for nothing when stats stay off', async () => {
    await expect(saveOptions({ ...defaultSettings, onSend: 'block' }, t)).resolves.toEqual({ kind: 'saved' });
    expect(request).not.toHaveBeenCalled();
    expect(stored.onSend).toBe('block');
  });
});
