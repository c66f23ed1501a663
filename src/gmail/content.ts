// The content script (isolated world, https://mail.google.com/* only). It finds every compose, puts
// the badge and panel beside it, and installs the on-send check. Nothing here runs in Gmail's page
// context and no text leaves the browser: the engine runs right here.
import { analyze } from '../core';
import type { Analysis } from '../core/types';
import type { StatsAction } from '../stats/event';
import { type PanelEvent, panelSettings } from '../ui';
import { insertedAction } from '../ui/events';
import { attachCompanion, type ComposeCompanion } from './compose-companion';
import { watchComposes } from './compose-watcher';
import { GmailCompose, type GmailComposeView } from './gmail-compose';
import { sendToWorker, usageFact } from './messages';
import { showSendCheck } from './send-check-dialog';
import { installSendGuard } from './send-guard';
import { defaultSettings, type GmailSettings, loadSettings, onSettingsChanged, uiLanguage } from './settings';

interface OpenCompose {
  view: GmailComposeView;
  companion: ComposeCompanion | null;
}

async function start() {
  let settings: GmailSettings = defaultSettings;
  try {
    settings = (await loadSettings()).settings;
  } catch (error) {
    console.warn('Klarheit: settings could not be loaded; using the defaults.', error);
  }
  const composes = new Map<HTMLElement, OpenCompose>();

  const panelSettingsFor = (view: GmailComposeView) =>
    panelSettings(uiLanguage(settings, view.displayLanguage()), { abortThreshold: settings.abortThreshold });

  const report = (view: GmailComposeView, action: StatsAction, analysis: Analysis) => {
    if (!settings.statsEnabled) return;
    try {
      const account = view.snapshot().from?.email ?? '';
      void sendToWorker({ type: 'usage', fact: usageFact(action, analysis), account });
    } catch {
      // Stats are best effort: a draft we cannot read is simply not counted.
    }
  };

  const guard = installSendGuard(window, {
    composes: () => [...composes.values()].map((open) => open.view),
    onSendMode: () => settings.onSend,
    analyze: (view) => analyze(view.snapshot(), { abortThreshold: settings.abortThreshold }),
    holdBack(view, analysis, mode) {
      report(view, 'held-on-send', analysis);
      showSendCheck(document, analysis, uiLanguage(settings, view.displayLanguage()), {
        review: () => composes.get(view.root)?.companion?.open(),
        insert: async (suggestion) => {
          await view.insert(suggestion);
          report(view, insertedAction(suggestion.kind), analysis);
        },
        sendAnyway:
          mode === 'warn'
            ? () => {
                report(view, 'sent-anyway', analysis);
                guard.sendAnyway(view);
              }
            : undefined,
      });
    },
  });

  watchComposes(document, {
    opened(root) {
      const view = new GmailCompose(root);
      let companion: ComposeCompanion | null = null;
      try {
        companion = attachCompanion(view, panelSettingsFor(view), (event: PanelEvent) =>
          report(view, event.action, event.analysis),
        );
      } catch (error) {
        // The send check still works for this compose; only the badge is missing.
        console.warn('Klarheit: the panel could not be placed beside this compose.', error);
      }
      composes.set(root, { view, companion });
    },
    closed(root) {
      composes.get(root)?.companion?.remove();
      composes.delete(root);
    },
  });

  onSettingsChanged((loaded) => {
    settings = loaded.settings;
    for (const { view, companion } of composes.values()) companion?.update(panelSettingsFor(view));
  });
}

start().catch((error) => console.warn('Klarheit could not start on this page.', error));
