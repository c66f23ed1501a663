// Where the client keeps its queue between page loads: a tiny async key-value interface with one
// adapter per place (browser localStorage, the extension's chrome.storage, Outlook's OfficeRuntime.storage,
// memory for tests).
export interface QueueStorage {
  get(key: string): Promise<string | null>;
  set(key: string, value: string): Promise<void>;
}

export function memoryStorage(): QueueStorage {
  const values = new Map<string, string>();
  return {
    async get(key) {
      return values.get(key) ?? null;
    },
    async set(key, value) {
      values.set(key, value);
    },
  };
}

/** The Outlook task pane and the playground: localStorage survives reloads and a closed pane. */
export function localStorageStorage(storage: Storage = globalThis.localStorage): QueueStorage {
  return {
    async get(key) {
      return storage.getItem(key);
    },
    async set(key, value) {
      storage.setItem(key, value);
    },
  };
}

/** The subset of chrome.storage.local we use (promise form, Manifest V3). */
export interface ChromeStorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/** The Gmail extension: chrome.storage.local is shared by its content scripts and service worker. */
export function chromeStorage(area: ChromeStorageArea): QueueStorage {
  return {
    async get(key) {
      const value = (await area.get(key))[key];
      return typeof value === 'string' ? value : null;
    },
    async set(key, value) {
      await area.set({ [key]: value });
    },
  };
}

/** The subset of OfficeRuntime.storage we use (the Outlook on-send runtime has no localStorage). */
export interface OfficeRuntimeStorage {
  getItem(key: string): Promise<string | null>;
  setItem(key: string, value: string): Promise<void>;
}

/** Outlook's on-send handler: OfficeRuntime.storage, shared with the task pane of the same add-in. */
export function officeRuntimeStorage(storage: OfficeRuntimeStorage): QueueStorage {
  return {
    get: (key) => storage.getItem(key),
    set: (key, value) => storage.setItem(key, value),
  };
}
