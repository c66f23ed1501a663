// The team stats from the task pane: what the rep saw and did with a finding (never text or
// addresses; the mailbox only feeds the on-device pseudonym), queued in localStorage and sent to the
// team's server once the rep has its address and team key and has not switched stats off.
import {
  createStatsClient,
  localStorageStorage,
  memoryStorage,
  type QueueStorage,
  type StatsClient,
} from '../stats/client';
import type { PanelEvent } from '../ui';
import type { OutlookSettings } from './settings';

export interface TeamStats {
  /** Follows a settings change: a new server or key starts a new client; "off" stops sending. */
  configure(settings: OutlookSettings): void;
  record(event: PanelEvent): void;
}

export function teamStats(mailbox: string | undefined, storage: QueueStorage = queueStorage()): TeamStats {
  let client: StatsClient | null = null;
  let configured = '';
  return {
    configure(settings) {
      const on = settings.stats && settings.statsEndpoint !== '' && settings.teamKey !== '';
      const key = on ? `${settings.statsEndpoint}\n${settings.teamKey}` : '';
      if (key === configured) return;
      client?.stop();
      configured = key;
      client = on
        ? createStatsClient({ endpoint: settings.statsEndpoint, teamKey: settings.teamKey, mailbox, storage })
        : null;
    },
    record(event) {
      if (client?.enabled) void client.record(event.analysis, event.action, 'outlook');
    },
  };
}

/** localStorage keeps unsent events across a closed pane; some embedded browsers refuse it. */
function queueStorage(): QueueStorage {
  try {
    globalThis.localStorage.getItem('klarheit.probe');
    return localStorageStorage();
  } catch {
    return memoryStorage();
  }
}
