// Saving the options: validate, ask the browser for the stats server's origin when stats are on (the
// Save click is the user gesture chrome.permissions.request needs), then store.
import { type GmailSettings, saveSettings, statsOrigin } from '../settings';
import type { OptionsStrings } from './strings';

export type SaveStatus = { kind: 'idle' } | { kind: 'saved' } | { kind: 'error'; message: string };

/** Validates, asks for the stats origin when needed, saves. Returns what the rep should read. */
export async function saveOptions(draft: GmailSettings, strings: OptionsStrings): Promise<SaveStatus> {
  const origin = statsOrigin(draft.statsEndpoint);
  if (draft.statsEnabled && !origin) return { kind: 'error', message: strings.invalidEndpoint };
  if (draft.statsEnabled && !draft.teamKey.trim()) return { kind: 'error', message: strings.missingTeamKey };
  if (draft.statsEnabled && origin && !(await chrome.permissions.request({ origins: [origin] }))) {
    await saveSettings({ ...draft, statsEnabled: false });
    return { kind: 'error', message: strings.permissionDenied };
  }
  await saveSettings(draft);
  return { kind: 'saved' };
}
