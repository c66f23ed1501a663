// The panel's state as signals, plus the actions that change it. One store per mounted panel
// (each Gmail compose has its own), handed to components through context — no global singletons.
// Plain signals (signals-core), not Preact's signal integration: the panel subscribes once, at its root
// (Panel.tsx), which keeps that integration (~1.3 KB gzip) out of the task pane's 60 KB.
import { computed, effect, type ReadonlySignal, type Signal, signal } from '@preact/signals-core';
import { analyze } from '../core';
import type { Analysis, Suggestion, SuggestionKind } from '../core/types';
import { copyText } from './clipboard';
import { insertedAction, type PanelEvent } from './events';
import { type DraftHost, HostError, type InsertResult } from './host';
import { type Catalog, catalogFor, type ErrorKey } from './i18n';
import type { PanelSettings } from './settings';

/** How long the draft must stay unchanged before it is analysed again (typing should not flicker). */
export const CHANGE_DEBOUNCE_MS = 400;

export type PanelStatus = 'loading' | 'ready' | 'empty' | 'error';

export type Notice =
  | { type: 'inserted'; mode: InsertResult['mode'] }
  | { type: 'insert-failed'; error: ErrorKey }
  | { type: 'copied' }
  | { type: 'copy-failed' };

export interface PanelStore {
  readonly status: Signal<PanelStatus>;
  readonly analysis: Signal<Analysis | null>;
  readonly error: Signal<ErrorKey | null>;
  /** A re-analysis is running while the previous result stays visible. */
  readonly checking: Signal<boolean>;
  readonly insertingKind: Signal<SuggestionKind | null>;
  readonly notice: Signal<Notice | null>;
  readonly dismissed: Signal<ReadonlySet<SuggestionKind>>;
  readonly settings: Signal<PanelSettings>;
  readonly catalog: ReadonlySignal<Catalog>;
  /** Suggestions to show: recommended first, dismissed ones left out. */
  readonly visibleSuggestions: ReadonlySignal<Suggestion[]>;
  onEvent?: (event: PanelEvent) => void;
  /** Subscribes to draft changes and runs the first analysis; returns the clean-up. */
  start(): () => void;
  /** Calls `onChange` whenever anything the panel shows changes; returns the unsubscribe. */
  subscribe(onChange: () => void): () => void;
  refresh(): Promise<void>;
  insert(suggestion: Suggestion): Promise<void>;
  copy(suggestion: Suggestion): Promise<void>;
  dismiss(suggestion: Suggestion): void;
  restoreDismissed(): void;
  closeNotice(): void;
}

/** The engine threw: a bug on our side, reported as "the check failed", never as a broken pane. */
class EngineError extends Error {}

function runEngine(run: () => Analysis): Analysis {
  try {
    return run();
  } catch (cause) {
    throw new EngineError(String(cause));
  }
}

export function createPanelStore(host: DraftHost, initialSettings: PanelSettings): PanelStore {
  const status = signal<PanelStatus>('loading');
  const analysis = signal<Analysis | null>(null);
  const error = signal<ErrorKey | null>(null);
  const checking = signal(false);
  const insertingKind = signal<SuggestionKind | null>(null);
  const notice = signal<Notice | null>(null);
  const dismissed = signal<ReadonlySet<SuggestionKind>>(new Set());
  const settings = signal(initialSettings);
  const catalog = computed(() => catalogFor(settings.value.uiLanguage));
  const visibleSuggestions = computed(() =>
    (analysis.value?.suggestions ?? [])
      .filter((s) => !dismissed.value.has(s.kind))
      .sort((a, b) => Number(!!b.recommended) - Number(!!a.recommended)),
  );

  // Reads finish out of order when the rep types fast; only the latest one may update the panel.
  let latestRead = 0;
  let stopped = false;
  let lastShown: string | null = null;

  const store: PanelStore = {
    status,
    analysis,
    error,
    checking,
    insertingKind,
    notice,
    dismissed,
    settings,
    catalog,
    visibleSuggestions,
    subscribe(onChange) {
      // Every signal above that a component reads; reading each in the effect subscribes it.
      const shown: ReadonlySignal<unknown>[] = [
        status,
        analysis,
        error,
        checking,
        insertingKind,
        notice,
        dismissed,
        settings,
        catalog,
        visibleSuggestions,
      ];
      let first = true;
      return effect(() => {
        for (const s of shown) s.value;
        if (!first) onChange();
        first = false;
      });
    },
    start() {
      stopped = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const unsubscribe = host.onChange(() => {
        clearTimeout(timer);
        timer = setTimeout(() => void store.refresh(), CHANGE_DEBOUNCE_MS);
      });
      void store.refresh();
      return () => {
        stopped = true;
        clearTimeout(timer);
        unsubscribe();
      };
    },
    async refresh() {
      const read = ++latestRead;
      const isCurrent = () => read === latestRead && !stopped;
      if (analysis.value) checking.value = true;
      else status.value = 'loading';
      try {
        const draft = await readDraft();
        if (!isCurrent()) return;
        const { abortThreshold, draftLanguage } = settings.value;
        const input = { ...draft, locale: draft.locale ?? host.displayLanguage() };
        showAnalysis(runEngine(() => analyze(input, { abortThreshold, language: draftLanguage })));
      } catch (cause) {
        if (!isCurrent()) return;
        error.value =
          cause instanceof HostError
            ? cause.code
            : cause instanceof EngineError
              ? 'analysis-failed'
              : 'unknown';
        status.value = 'error';
      } finally {
        if (read === latestRead) checking.value = false;
      }
    },
    async insert(suggestion) {
      const actedOn = analysis.value;
      if (!actedOn || insertingKind.value) return;
      insertingKind.value = suggestion.kind;
      try {
        const result = await host.insert(suggestion);
        notice.value = { type: 'inserted', mode: result.mode };
        emit({ action: insertedAction(suggestion.kind), analysis: actedOn, suggestionKind: suggestion.kind });
        await store.refresh();
      } catch (cause) {
        const code = cause instanceof HostError && cause.code !== 'read-failed' ? cause.code : 'write-failed';
        notice.value = { type: 'insert-failed', error: code };
      } finally {
        insertingKind.value = null;
      }
    },
    async copy(suggestion) {
      notice.value = (await copyText(suggestion.text)) ? { type: 'copied' } : { type: 'copy-failed' };
    },
    dismiss(suggestion) {
      const actedOn = analysis.value;
      if (!actedOn) return;
      dismissed.value = new Set([...dismissed.value, suggestion.kind]);
      emit({ action: 'dismissed', analysis: actedOn, suggestionKind: suggestion.kind });
    },
    restoreDismissed() {
      dismissed.value = new Set();
    },
    closeNotice() {
      notice.value = null;
    },
  };

  function showAnalysis(result: Analysis) {
    const previous = analysis.value;
    if (previous && previous.verdict !== result.verdict) dismissed.value = new Set();
    analysis.value = result;
    error.value = null;
    const isEmpty = result.zones.newText.trim() === '';
    status.value = isEmpty ? 'empty' : 'ready';
    // "shown" once per distinct verdict of this draft, not on every keystroke's re-analysis.
    if (!isEmpty && result.verdict !== lastShown) {
      lastShown = result.verdict;
      emit({ action: 'shown', analysis: result });
    }
  }

  /** Any failure to read is a read failure to the rep, whatever the host threw. */
  async function readDraft() {
    try {
      return await host.read();
    } catch (cause) {
      throw cause instanceof HostError ? cause : new HostError('read-failed', String(cause));
    }
  }

  function emit(event: PanelEvent) {
    try {
      store.onEvent?.(event);
    } catch {
      // A failing stats hook must never break the panel.
    }
  }

  return store;
}
