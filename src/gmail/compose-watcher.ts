// Finds every compose Gmail opens (new message, full screen, inline reply, pop-out) and notices when
// it closes. Gmail builds composes lazily and reuses containers, so one MutationObserver on the whole
// document rescans for editors and Send buttons — at most once per SCAN_INTERVAL_MS, because Gmail
// changes its DOM many times a second and a compose appearing 0.1 s later is not noticeable.
import { queryUnion } from './dom-query';
import { composeRootOf } from './gmail-compose';
import { selectors } from './selectors';

export const SCAN_INTERVAL_MS = 100;

export interface ComposeEvents {
  opened(root: HTMLElement): void;
  closed(root: HTMLElement): void;
}

/** Every compose root on the page right now (found from editors, and from Send buttons so that a
 *  compose whose editor Gmail renamed is still found and can say "can't read this draft"). */
export function findComposeRoots(doc: Document): Set<HTMLElement> {
  const roots = new Set<HTMLElement>();
  for (const element of [...queryUnion(doc, selectors.editor), ...queryUnion(doc, selectors.sendButton)]) {
    const root = composeRootOf(element);
    if (root) roots.add(root);
  }
  return roots;
}

export function watchComposes(doc: Document, events: ComposeEvents): () => void {
  const open = new Set<HTMLElement>();
  let scheduled = false;
  let stopped = false;

  const scan = () => {
    scheduled = false;
    if (stopped) return;
    const current = findComposeRoots(doc);
    for (const root of open) {
      if (!current.has(root) || !root.isConnected) {
        open.delete(root);
        events.closed(root);
      }
    }
    for (const root of current) {
      if (open.has(root)) continue;
      open.add(root);
      events.opened(root);
    }
  };

  const observer = new MutationObserver(() => {
    if (scheduled) return;
    scheduled = true;
    setTimeout(scan, SCAN_INTERVAL_MS);
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true });
  scan();

  return () => {
    stopped = true;
    observer.disconnect();
    for (const root of open) events.closed(root);
    open.clear();
  };
}
