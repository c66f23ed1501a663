// What sits beside one compose: a small badge with the verdict and, when opened, the shared panel.
// Both live in an open shadow root placed next to the editor (never inside it). The panel is mounted
// once and stays mounted while collapsed, so it keeps analysing as the rep types and the badge can
// follow its data-status/data-verdict; it opens by itself when there is something to say.
import { type Signal, signal } from '@preact/signals';
import { render } from 'preact';
import type { Verdict } from '../core/types';
import { type MountedPanel, mountPanel, type PanelEvent, type PanelSettings } from '../ui';
import { catalogFor } from '../ui/i18n';
import css from './companion.css';
import type { GmailComposeView } from './gmail-compose';
import { sendToWorker } from './messages';
import { gmailStrings } from './strings';

/** Verdicts worth interrupting the rep for: the panel opens by itself for these. */
const SPEAKS_UP: ReadonlySet<Verdict> = new Set(['chaser', 'weak']);

export interface ComposeCompanion {
  readonly element: HTMLElement;
  open(): void;
  update(settings: PanelSettings): void;
  remove(): void;
}

type PanelState = { status: string; verdict: Verdict | null };

export function attachCompanion(
  view: GmailComposeView,
  settings: PanelSettings,
  onEvent: (event: PanelEvent) => void,
): ComposeCompanion {
  const doc = view.root.ownerDocument;
  const element = doc.createElement('div');
  element.setAttribute('data-klarheit', 'compose');
  const shadow = element.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const frame = doc.createElement('div');
  const panelBox = doc.createElement('div');
  panelBox.className = 'kg-panel';
  panelBox.hidden = true;
  shadow.append(style, frame, panelBox);
  view.placeBesideBody(element);

  const open = signal(false);
  const state = signal<PanelState>({ status: 'loading', verdict: null });
  const language = signal(settings.uiLanguage);
  /** The verdict the rep closed the panel on: it stays closed until something new needs saying. */
  let closedOn: Verdict | null = null;

  const setOpen = (value: boolean) => {
    open.value = value;
    panelBox.hidden = !value;
    if (!value) closedOn = state.value.verdict;
  };

  const panel: MountedPanel = mountPanel(panelBox, { host: view, settings, onEvent });
  const follow = new MutationObserver(() => {
    const root = panelBox.querySelector<HTMLElement>('[data-status]');
    if (!root) return;
    const verdict = (root.getAttribute('data-verdict') as Verdict | null) ?? null;
    const next = { status: root.getAttribute('data-status') ?? 'loading', verdict };
    if (next.status === state.value.status && next.verdict === state.value.verdict) return;
    state.value = next;
    // Only a finished check of real text speaks up (an empty draft or a stale result does not).
    const speaks = next.status === 'ready' && verdict !== null && SPEAKS_UP.has(verdict);
    if (speaks && !open.value && closedOn !== verdict) setOpen(true);
    if (verdict && !SPEAKS_UP.has(verdict)) closedOn = null;
  });
  follow.observe(panelBox, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-status', 'data-verdict'],
  });

  render(
    <Badge open={open} state={state} language={language} onToggle={() => setOpen(!open.value)} />,
    frame,
  );

  return {
    element,
    open: () => setOpen(true),
    update(next) {
      language.value = next.uiLanguage;
      panel.update({ host: view, settings: next, onEvent });
    },
    remove() {
      follow.disconnect();
      panel.unmount();
      render(null, frame);
      element.remove();
    },
  };
}

function Badge(props: {
  open: Signal<boolean>;
  state: Signal<PanelState>;
  language: Signal<PanelSettings['uiLanguage']>;
  onToggle: () => void;
}) {
  const { status, verdict } = props.state.value;
  const t = gmailStrings(props.language.value);
  const unreadable = status === 'error';
  const label = unreadable
    ? t.badgeUnreadable
    : verdict
      ? t.badgeLabel(catalogFor(props.language.value).verdict[verdict])
      : t.badgeChecking;
  return (
    <div class="kg-companion" data-open={props.open.value ? 'true' : 'false'}>
      <button
        type="button"
        class="kg-badge"
        data-action="toggle-panel"
        data-verdict={verdict ?? undefined}
        data-state={unreadable ? 'unreadable' : status}
        aria-expanded={props.open.value ? 'true' : 'false'}
        title={props.open.value ? t.closePanel : t.openPanel}
        onClick={props.onToggle}
      >
        <span class="kg-badge__dot" aria-hidden="true" />
        <span>{label}</span>
      </button>
      {props.open.value && (
        <button
          type="button"
          class="kg-options"
          data-action="open-options"
          onClick={() => void sendToWorker({ type: 'open-options' })}
        >
          {t.settings}
        </button>
      )}
    </div>
  );
}
