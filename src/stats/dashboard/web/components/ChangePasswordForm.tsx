// After signing in with the one-time password from `klarheit admin create-lead`, the lead picks their own.
import { useState } from 'preact/hooks';
import { useStore } from '../store';

/** Mirrors MIN_PASSWORD_LENGTH in src/stats/server/admin.ts (the server checks it again). */
const MIN_LENGTH = 10;

export function ChangePasswordForm() {
  const { t, choosePassword } = useStore();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  const submit = async (event: Event) => {
    event.preventDefault();
    setProblem('');
    if (next.length < MIN_LENGTH || next === current) {
      setProblem(t.value.weakPassword(MIN_LENGTH));
      return;
    }
    setBusy(true);
    try {
      const result = await choosePassword(current, next);
      if (!result.ok) {
        setProblem(
          result.reason === 'wrong-current' ? t.value.wrongCurrentPassword : t.value.weakPassword(MIN_LENGTH),
        );
      }
    } catch {
      setProblem(t.value.errorOffline);
    } finally {
      setBusy(false);
    }
  };

  return (
    <main id="main" class="login">
      <form class="card login-card" onSubmit={submit} aria-labelledby="password-title">
        <h1 id="password-title">{t.value.newPasswordTitle}</h1>
        <p class="help">{t.value.newPasswordIntro(MIN_LENGTH)}</p>
        <label for="current-password">{t.value.currentPassword}</label>
        <input
          id="current-password"
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onInput={(e) => setCurrent(e.currentTarget.value)}
        />
        <label for="new-password">{t.value.newPassword}</label>
        <input
          id="new-password"
          type="password"
          autoComplete="new-password"
          required
          value={next}
          onInput={(e) => setNext(e.currentTarget.value)}
        />
        <p class="form-error" role="alert">
          {problem}
        </p>
        <button type="submit" class="primary" disabled={busy}>
          {t.value.savePassword}
        </button>
      </form>
    </main>
  );
}
