// The extension's service worker: answers the content script's typed messages. It is the only part
// that talks to the network, and only to the team stats server the rep or admin configured, after
// the browser granted that origin (optional host permission requested on the options page).
import { chromeStorage, createStatsClient, type StatsClient } from '../stats/client';
import {
  type ContentMessage,
  factAsAnalysis,
  isContentMessage,
  type UsageFact,
  type WorkerReply,
} from './messages';
import { loadSettings, statsOrigin } from './settings';

chrome.runtime.onMessage.addListener((message: unknown, sender, sendResponse) => {
  // Only our own content script may ask anything of the worker.
  if (sender.id !== chrome.runtime.id || !isContentMessage(message)) {
    sendResponse({ ok: false, error: 'refused' } satisfies WorkerReply);
    return false;
  }
  handle(message).then(sendResponse, (error: unknown) =>
    sendResponse({
      ok: false,
      error: error instanceof Error ? error.message : String(error),
    } satisfies WorkerReply),
  );
  return true;
});

async function handle(message: ContentMessage): Promise<WorkerReply> {
  switch (message.type) {
    case 'open-options':
      await chrome.runtime.openOptionsPage();
      return { ok: true };
    case 'usage':
      return recordUsage(message.fact, message.account);
  }
}

/** One client at a time; its queue lives in chrome.storage.local, so events survive the worker stopping. */
let current: { key: string; client: StatsClient } | null = null;

function statsClientFor(endpoint: string, teamKey: string, mailbox: string): StatsClient {
  const key = JSON.stringify([endpoint, teamKey, mailbox]);
  if (current?.key === key) return current.client;
  current?.client.stop();
  const client = createStatsClient({
    endpoint,
    teamKey,
    mailbox,
    storage: chromeStorage(chrome.storage.local),
  });
  current = { key, client };
  return client;
}

async function recordUsage(fact: UsageFact, account: string): Promise<WorkerReply> {
  const { settings } = await loadSettings();
  const origin = statsOrigin(settings.statsEndpoint);
  if (!settings.statsEnabled || !origin || !settings.teamKey) return { ok: false, error: 'stats are off' };
  if (!(await chrome.permissions.contains({ origins: [origin] }))) {
    return { ok: false, error: 'the stats server was not granted' };
  }
  const client = statsClientFor(settings.statsEndpoint, settings.teamKey, account);
  await client.record(factAsAnalysis(fact), fact.action, 'gmail');
  return { ok: true };
}
