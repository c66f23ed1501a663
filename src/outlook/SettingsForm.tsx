// The rep's Outlook settings below the panel: UI language, abort threshold, the on-send check and
// team stats. Every change is saved at once to the roaming settings; the pane follows immediately.
import { useId, useState } from 'preact/hooks';
import type { Language } from '../core/types';
import { isStatsEndpoint, type OnSendMode, type OutlookSettings } from './settings';
import { outlookTexts } from './texts';

export interface SettingsFormProps {
  settings: OutlookSettings;
  language: Language;
  /** Persists the change; rejects when the mailbox could not store it. */
  onChange(next: OutlookSettings): Promise<void>;
}

const ON_SEND_MODES: OnSendMode[] = ['soft', 'block', 'off'];

export function SettingsForm({ settings, language, onChange }: SettingsFormProps) {
  const t = outlookTexts(language);
  const id = useId();
  const [status, setStatus] = useState<'idle' | 'saved' | 'failed'>('idle');
  const [endpointInvalid, setEndpointInvalid] = useState(false);
  const change = (patch: Partial<OutlookSettings>) => {
    setStatus('idle');
    onChange({ ...settings, ...patch }).then(
      () => setStatus('saved'),
      () => setStatus('failed'),
    );
  };

  return (
    <details class="kh-settings" lang={language}>
      <summary>{t.settingsHeading}</summary>
      <div class="kh-settings__body">
        <label for={`${id}-language`}>{t.settingsLanguage}</label>
        <select
          id={`${id}-language`}
          data-setting="uiLanguage"
          value={settings.uiLanguage ?? 'auto'}
          onChange={(e) => {
            const value = e.currentTarget.value;
            change({ uiLanguage: value === 'de' || value === 'en' ? value : undefined });
          }}
        >
          <option value="auto">{t.settingsLanguageAuto}</option>
          <option value="de">Deutsch</option>
          <option value="en">English</option>
        </select>

        <label for={`${id}-threshold`}>{t.settingsAbortThreshold}</label>
        <input
          id={`${id}-threshold`}
          data-setting="abortThreshold"
          type="number"
          min={1}
          max={10}
          step={1}
          value={settings.abortThreshold}
          onChange={(e) => {
            const value = Number(e.currentTarget.value);
            if (Number.isInteger(value) && value >= 1 && value <= 10) change({ abortThreshold: value });
          }}
        />

        <fieldset>
          <legend>{t.settingsOnSend}</legend>
          {ON_SEND_MODES.map((mode) => (
            <label key={mode} class="kh-settings__choice">
              <input
                type="radio"
                name={`${id}-onsend`}
                data-setting="onSendMode"
                value={mode}
                checked={settings.onSendMode === mode}
                onChange={() => change({ onSendMode: mode })}
              />
              {t.settingsOnSendModes[mode]}
            </label>
          ))}
          <label class="kh-settings__choice">
            <input
              type="checkbox"
              data-setting="onSendWeak"
              checked={settings.onSendWeak}
              disabled={settings.onSendMode === 'off'}
              onChange={(e) => change({ onSendWeak: e.currentTarget.checked })}
            />
            {t.settingsOnSendWeak}
          </label>
        </fieldset>

        <label class="kh-settings__choice">
          <input
            type="checkbox"
            data-setting="stats"
            checked={settings.stats}
            onChange={(e) => change({ stats: e.currentTarget.checked })}
          />
          {t.settingsStats}
        </label>
        {settings.stats && (
          <>
            <label for={`${id}-endpoint`}>{t.settingsStatsEndpoint}</label>
            <input
              id={`${id}-endpoint`}
              data-setting="statsEndpoint"
              type="url"
              inputMode="url"
              placeholder="https://"
              value={settings.statsEndpoint}
              aria-invalid={endpointInvalid ? 'true' : undefined}
              aria-describedby={endpointInvalid ? `${id}-endpoint-error` : undefined}
              onChange={(e) => {
                const value = e.currentTarget.value.trim();
                setEndpointInvalid(!isStatsEndpoint(value));
                if (isStatsEndpoint(value)) change({ statsEndpoint: value });
              }}
            />
            {endpointInvalid && (
              <p id={`${id}-endpoint-error`} class="kh-settings__error">
                {t.settingsStatsEndpointInvalid}
              </p>
            )}
            <label for={`${id}-team-key`}>{t.settingsTeamKey}</label>
            <input
              id={`${id}-team-key`}
              data-setting="teamKey"
              type="text"
              autoComplete="off"
              spellcheck={false}
              value={settings.teamKey}
              onChange={(e) => change({ teamKey: e.currentTarget.value.trim() })}
            />
          </>
        )}

        <p class="kh-settings__status" role="status" data-save-status={status}>
          {status === 'saved' ? t.settingsSaved : status === 'failed' ? t.settingsSaveFailed : ''}
        </p>
      </div>
    </details>
  );
}
