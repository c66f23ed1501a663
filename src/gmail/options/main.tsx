// The options page: language, abort threshold, on-send mode and team stats. Saving asks the browser
// for the stats server's origin only when stats are switched on (the click is the user gesture
// chrome.permissions.request needs); settings fixed by policy are shown locked.
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { type GmailSettings, type LoadedSettings, loadSettings, type SettingKey } from '../settings';
import css from './options.css';
import { type SaveStatus, saveOptions } from './save-options';
import { optionsStrings } from './strings';

const t = optionsStrings(chrome.i18n.getUILanguage().toLowerCase().startsWith('de') ? 'de' : 'en');

function Options({ loaded }: { loaded: LoadedSettings }) {
  const [draft, setDraft] = useState<GmailSettings>(loaded.settings);
  const [status, setStatus] = useState<SaveStatus>({ kind: 'idle' });
  const locked = (key: SettingKey) => loaded.locked.includes(key);
  const set = <K extends SettingKey>(key: K, value: GmailSettings[K]) => {
    setDraft({ ...draft, [key]: value });
    setStatus({ kind: 'idle' });
  };
  const lockNote = (key: SettingKey) => locked(key) && <span class="locked">{t.lockedByPolicy}</span>;

  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        saveOptions(draft, t).then(setStatus, () => setStatus({ kind: 'error', message: t.saveFailed }));
      }}
    >
      <h1>{t.title}</h1>
      <p>{t.intro}</p>

      <fieldset>
        <label class="field" for="language">
          {t.language}
        </label>
        <select
          id="language"
          name="language"
          value={draft.language}
          disabled={locked('language')}
          onChange={(e) => set('language', e.currentTarget.value as GmailSettings['language'])}
        >
          <option value="auto">{t.languageAuto}</option>
          <option value="de">Deutsch</option>
          <option value="en">English</option>
        </select>
        {lockNote('language')}
      </fieldset>

      <fieldset>
        <label class="field" for="abortThreshold">
          {t.abortThreshold}
        </label>
        <input
          id="abortThreshold"
          name="abortThreshold"
          type="number"
          min={1}
          max={10}
          value={draft.abortThreshold}
          disabled={locked('abortThreshold')}
          onInput={(e) =>
            set('abortThreshold', Math.min(10, Math.max(1, Number(e.currentTarget.value) || 1)))
          }
        />
        <span class="hint">{t.abortThresholdHint}</span>
        {lockNote('abortThreshold')}
      </fieldset>

      <fieldset disabled={locked('onSend')}>
        <legend>{t.onSend}</legend>
        {(['off', 'warn', 'block'] as const).map((mode) => (
          <label key={mode}>
            <input
              type="radio"
              name="onSend"
              value={mode}
              checked={draft.onSend === mode}
              onChange={() => set('onSend', mode)}
            />{' '}
            {{ off: t.onSendOff, warn: t.onSendWarn, block: t.onSendBlock }[mode]}
          </label>
        ))}
        {lockNote('onSend')}
      </fieldset>

      <fieldset>
        <legend>{t.stats}</legend>
        <label>
          <input
            type="checkbox"
            name="statsEnabled"
            checked={draft.statsEnabled}
            disabled={locked('statsEnabled')}
            onChange={(e) => set('statsEnabled', e.currentTarget.checked)}
          />{' '}
          {t.statsEnabled}
        </label>
        <span class="hint">{t.statsHint}</span>
        <div class="field-row">
          <label class="field" for="statsEndpoint">
            {t.statsEndpoint}
          </label>
          <input
            id="statsEndpoint"
            name="statsEndpoint"
            type="url"
            placeholder="https://klarheit-stats.example.com"
            value={draft.statsEndpoint}
            disabled={locked('statsEndpoint')}
            onInput={(e) => set('statsEndpoint', e.currentTarget.value)}
          />
        </div>
        <div class="field-row">
          <label class="field" for="teamKey">
            {t.teamKey}
          </label>
          <input
            id="teamKey"
            name="teamKey"
            type="password"
            autocomplete="off"
            value={draft.teamKey}
            disabled={locked('teamKey')}
            onInput={(e) => set('teamKey', e.currentTarget.value)}
          />
        </div>
      </fieldset>

      <div class="actions">
        <button type="submit" data-action="save">
          {t.save}
        </button>
        {status.kind === 'saved' && <span role="status">{t.saved}</span>}
        {status.kind === 'error' && <span role="alert">{status.message}</span>}
      </div>
    </form>
  );
}

async function start() {
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  document.documentElement.lang = t === optionsStrings('de') ? 'de' : 'en';
  document.title = t.title;
  const root = document.getElementById('options')!;
  render(<Options loaded={await loadSettings()} />, root);
}

void start();
