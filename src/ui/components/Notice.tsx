// The outcome of the rep's last action (inserted, copied, failed), announced politely.
import { useEffect, useRef } from 'preact/hooks';
import { usePanelStore } from '../context';
import type { Catalog } from '../i18n';
import type { Notice as NoticeState } from '../store';

export function Notice() {
  const store = usePanelStore();
  const t = store.catalog.value;
  const notice = store.notice.value;
  const box = useRef<HTMLDivElement>(null);

  // After an insert the clicked button may be gone (the verdict changed); keep keyboard focus here.
  useEffect(() => {
    const root = box.current?.getRootNode() as Document | ShadowRoot | undefined;
    const focusLost = !root?.activeElement || root.activeElement === box.current?.ownerDocument.body;
    if (!notice) return;
    box.current?.scrollIntoView?.({ block: 'nearest' });
    if (notice.type !== 'copied' && focusLost) box.current?.focus();
  }, [notice]);

  return (
    <div class="kh-notice-region" aria-live="polite">
      {notice && (
        <div class="kh-notice" data-notice={noticeName(notice)} tabIndex={-1} ref={box}>
          <p class="kh-notice__text">{noticeText(notice, t)}</p>
          <button
            type="button"
            class="kh-button kh-button--subtle kh-notice__close"
            aria-label={t.closeNotice}
            data-action="close-notice"
            onClick={store.closeNotice}
          >
            ×
          </button>
        </div>
      )}
    </div>
  );
}

function noticeName(notice: NoticeState): string {
  return notice.type === 'inserted' ? `inserted-${notice.mode}` : notice.type;
}

function noticeText(notice: NoticeState, t: Catalog): string {
  switch (notice.type) {
    case 'inserted':
      return t.insertResult[notice.mode];
    case 'insert-failed':
      return t.errors[notice.error];
    case 'copied':
      return t.copied;
    case 'copy-failed':
      return t.copyFailed;
  }
}
