// The shared panel: the same component in the Outlook task pane, beside each Gmail compose and in the
// playground. It reads the draft through a DraftHost and runs the engine locally — never the network.
import { useEffect, useId, useMemo, useReducer } from 'preact/hooks';
import { FindingList } from './components/FindingList';
import { Notice } from './components/Notice';
import { StatusView } from './components/StatusView';
import { SuggestionList } from './components/SuggestionList';
import { TextExcerpt } from './components/TextExcerpt';
import { VerdictBanner } from './components/VerdictBanner';
import { PanelStoreContext, usePanelStore } from './context';
import type { PanelEvent } from './events';
import type { DraftHost } from './host';
import type { PanelSettings } from './settings';
import { createPanelStore } from './store';

export interface PanelProps {
  host: DraftHost;
  settings: PanelSettings;
  /** Told what the rep saw and did, for the team stats. Never given any text to send. */
  onEvent?: (event: PanelEvent) => void;
}

export function Panel({ host, settings, onEvent }: PanelProps) {
  const store = useMemo(() => createPanelStore(host, settings), [host]);
  store.onEvent = onEvent;
  // The components read the store's signals while rendering; any change re-renders the panel from here.
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => store.subscribe(() => rerender(undefined)), [store]);
  useEffect(() => store.start(), [store]);
  useEffect(() => {
    const previous = store.settings.peek();
    if (previous === settings) return;
    store.settings.value = settings;
    const changesAnalysis =
      previous.abortThreshold !== settings.abortThreshold ||
      previous.draftLanguage !== settings.draftLanguage;
    if (changesAnalysis) void store.refresh();
  }, [store, settings]);
  return (
    <PanelStoreContext.Provider value={store}>
      <PanelView />
    </PanelStoreContext.Provider>
  );
}

function PanelView() {
  const store = usePanelStore();
  const t = store.catalog.value;
  const status = store.status.value;
  const analysis = store.analysis.value;
  const checking = store.checking.value;
  const id = useId();
  const showsResult = status === 'ready' && analysis;
  return (
    <section
      class="kh-panel"
      data-status={status}
      data-verdict={(status === 'ready' || status === 'empty') && analysis ? analysis.verdict : undefined}
      lang={store.settings.value.uiLanguage}
      aria-label={t.panelLabel}
      aria-busy={checking || status === 'loading' ? 'true' : undefined}
    >
      <div class="kh-visually-hidden" role="status" aria-live="polite">
        {showsResult ? t.verdictAnnouncement(t.verdict[analysis.verdict]) : ''}
      </div>
      <Notice />
      {showsResult ? (
        <>
          <VerdictBanner analysis={analysis} />
          <FindingList
            findings={analysis.findings}
            language={analysis.language}
            headingId={`${id}-findings`}
          />
          <TextExcerpt analysis={analysis} headingId={`${id}-excerpt`} />
          <SuggestionList language={analysis.language} headingId={`${id}-suggestions`} />
        </>
      ) : (
        <StatusView status={status === 'ready' ? 'loading' : status} />
      )}
      <footer class="kh-footer">
        <button
          type="button"
          class="kh-button"
          data-action="recheck"
          aria-disabled={checking ? 'true' : undefined}
          onClick={() => void (checking || store.refresh())}
        >
          {checking ? t.checking : t.recheck}
        </button>
        <p class="kh-footer__privacy">{t.privacy}</p>
      </footer>
    </section>
  );
}
