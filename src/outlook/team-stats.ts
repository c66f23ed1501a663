// The team stats from the task pane: what the rep saw and did with a finding (never text or
// addresses; the mailbox only feeds the on-device pseudonym), queued in localStorage and sent to the
// team's server once the rep has its address and team key and has not switched stats off.
// The stats client is loaded only then (its own chunk), so reps without team stats do not pay for it.
import type { QueueStorage, StatsClient } from '../stats/client';
import type { PanelEvent } from '../ui';
import type { OutlookSettings } from './settings';

export interface TeamStats {
  /** Follows a settings change: a new server or key starts a new client; "off" stops sending. */
  configure(settings: OutlookSettings): void;
  record(event: PanelEvent): void;
}

type StatsModule = typeof import('../stats/client');

export function teamStats(mailbox: string | undefined): TeamStats {
  let client: Promise<StatsClient | null> = Promise.resolve(null);
  let configured = '';
  return {
    configure(settings) {
      const on = settings.stats && settings.statsEndpoint !== '' && settings.teamKey !== '';
      const key = on ? `${settings.statsEndpoint}\n${settings.teamKey}` : '';
      if (key === configured) return;
      configured = key;
      void client.then((previous) => previous?.stop());
      client = on
        ? import(/* webpackChunkName: "stats" */ '../stats/client')
            .then((stats) =>
              stats.createStatsClient({
                endpoint: settings.statsEndpoint,
                teamKey: settings.teamKey,
                mailbox,
                storage: queueStorage(stats),
              }),
            )
            // Stats are best effort: a chunk that does not load leaves them off, never the pane.
            .catch(() => null)
        : Promise.resolve(null);
    },
    record(event) {
      void client.then((stats) => {
        if (stats?.enabled) return stats.record(event.analysis, event.action, 'outlook');
      });
    },
  };
}

/** localStorage keeps unsent events across a closed pane; some embedded browsers refuse it. */
function queueStorage(stats: StatsModule): QueueStorage {
  try {
    globalThis.localStorage.getItem('klarheit.probe');
    return stats.localStorageStorage();
  } catch {
    return stats.memoryStorage();
  }
}
