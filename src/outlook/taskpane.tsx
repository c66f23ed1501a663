// The Outlook task pane: waits for Office, then mounts the shared panel on an OutlookDraft and the
// Outlook settings below it. Outside Outlook, on an unsupported Outlook or without office.js it shows
// a clear state instead of a blank pane.
import { render } from 'preact';
import type { Language } from '../core/types';
import { type MountedPanel, mountPanel, type PanelSettings, panelSettings } from '../ui';
import { BootState, type BootStateKind } from './boot-state';
import { OutlookDraft } from './outlook-draft';
import { SettingsForm } from './SettingsForm';
import { languageOf, type OutlookSettings, readSettings, saveSettings } from './settings';
import settingsCss from './settings-form.css';
import { teamStats } from './team-stats';

/** office.js normally reports within a second; after this the pane says it is not in Outlook
 *  (and still starts if Office answers later). */
const OFFICE_READY_TIMEOUT_MS = 8000;
/** Mailbox 1.3 brings body.setAsync and setSelectedDataAsync, which Insert needs. */
const MINIMUM_MAILBOX = '1.3';

const app = document.getElementById('app')!;

function showState(kind: BootStateKind, language: Language) {
  app.setAttribute('data-pane', kind);
  render(<BootState kind={kind} language={language} />, app);
}

function startPane(office: typeof Office) {
  const draft = new OutlookDraft(office);
  const roaming = office.context.roamingSettings;
  let settings = readSettings(roaming);

  render(null, app);
  app.textContent = '';
  app.setAttribute('data-pane', 'panel');
  const panelHost = document.createElement('div');
  const settingsHost = document.createElement('div');
  app.append(panelHost, settingsHost);
  const style = document.createElement('style');
  style.textContent = settingsCss;
  document.head.appendChild(style);

  const toPanel = (s: OutlookSettings): PanelSettings =>
    panelSettings(draft.displayLanguage(), { uiLanguage: s.uiLanguage, abortThreshold: s.abortThreshold });
  const stats = teamStats(office.context.mailbox.userProfile?.emailAddress);
  stats.configure(settings);
  const panelProps = () => ({ host: draft, settings: toPanel(settings), onEvent: stats.record });
  const panel: MountedPanel = mountPanel(panelHost, panelProps());

  const renderSettings = () =>
    render(
      <SettingsForm settings={settings} language={toPanel(settings).uiLanguage} onChange={changeSettings} />,
      settingsHost,
    );
  const changeSettings = (next: OutlookSettings) => {
    // The pane follows at once; storing may fail (offline), which the form reports.
    settings = next;
    stats.configure(settings);
    panel.update(panelProps());
    renderSettings();
    return saveSettings(roaming, next);
  };
  renderSettings();
}

function boot(): void {
  const browserLanguage = languageOf(navigator.language);
  // Replaces the page's static "unsupported Outlook" fallback: this script runs, so the client is fine.
  showState('loading', browserLanguage);
  if (typeof Office === 'undefined') {
    showState('office-missing', browserLanguage);
    return;
  }
  const timeout = setTimeout(() => showState('not-in-host', browserLanguage), OFFICE_READY_TIMEOUT_MS);
  Office.onReady((info) => {
    clearTimeout(timeout);
    if (info.host !== Office.HostType.Outlook || !Office.context?.mailbox) {
      showState('not-in-host', browserLanguage);
      return;
    }
    const language = languageOf(Office.context.displayLanguage);
    if (!Office.context.requirements.isSetSupported('Mailbox', MINIMUM_MAILBOX)) {
      showState('unsupported', language);
      return;
    }
    startPane(Office);
  });
}

boot();
