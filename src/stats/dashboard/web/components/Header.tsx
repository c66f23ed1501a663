// Brand, the team's name, the language switch and sign-out.
import { UI_LANGUAGES } from '../i18n';
import { useStore } from '../store';

export function Header() {
  const { t, lang, session, setLanguage, logout } = useStore();
  return (
    <header class="top">
      <div class="brand">
        <span class="logo" aria-hidden="true">
          K
        </span>
        <span>
          <strong>{t.value.appName}</strong> · {t.value.appSubtitle}
        </span>
      </div>
      <div class="top-actions">
        {session.value && (
          <span class="team-name" data-testid="team-name">
            {session.value.team.name}
          </span>
        )}
        <fieldset class="lang-switch">
          <legend class="sr-only">{t.value.language}</legend>
          {UI_LANGUAGES.map((code) => (
            <button
              type="button"
              key={code}
              lang={code}
              data-lang={code}
              aria-pressed={lang.value === code}
              onClick={() => setLanguage(code)}
            >
              {code.toUpperCase()}
            </button>
          ))}
        </fieldset>
        {session.value && (
          <button type="button" class="link" data-testid="sign-out" onClick={() => void logout()}>
            {t.value.signOut}
          </button>
        )}
      </div>
    </header>
  );
}
