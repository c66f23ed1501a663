// The stats client for the hosts (Outlook task pane and on-send, Gmail extension, playground).
//   const stats = createStatsClient({ endpoint, teamKey, mailbox, storage: localStorageStorage() });
//   await stats.record(analysis, 'inserted-follow-up', 'outlook');

export type { Host, StatsAction, StatsEvent } from '../event';
export { eventFromAnalysis, missingElements } from './event-from-analysis';
export { repId } from './rep-id';
export {
  createStatsClient,
  type StatsClient,
  type StatsClientOptions,
  type StatsState,
  type StatsStatus,
} from './stats-client';
export {
  type ChromeStorageArea,
  chromeStorage,
  localStorageStorage,
  memoryStorage,
  type OfficeRuntimeStorage,
  officeRuntimeStorage,
  type QueueStorage,
} from './storage';
