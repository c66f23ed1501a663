// What the panel shows instead of a result: loading, an empty draft, or a friendly error.
import { usePanelStore } from '../context';
import type { PanelStatus } from '../store';

export function StatusView({ status }: { status: Exclude<PanelStatus, 'ready'> }) {
  const store = usePanelStore();
  const t = store.catalog.value;
  if (status === 'loading') {
    return (
      <p class="kh-status" data-state="loading">
        <span class="kh-spinner" aria-hidden="true" />
        {t.loading}
      </p>
    );
  }
  if (status === 'empty') {
    return (
      <p class="kh-status" data-state="empty">
        {t.empty}
      </p>
    );
  }
  const error = store.error.value ?? 'unknown';
  return (
    <div class="kh-status kh-status--error" data-state="error" data-error={error} role="alert">
      <p class="kh-status__text">{t.errors[error]}</p>
      {error !== 'unsupported' && error !== 'not-in-host' && (
        <button type="button" class="kh-button" data-action="retry" onClick={() => void store.refresh()}>
          {t.retry}
        </button>
      )}
    </div>
  );
}
