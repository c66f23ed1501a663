// Email and password; errors are announced, and the password is never kept after a failed attempt.
import { useState } from 'preact/hooks';
import { useStore } from '../store';

type Problem = { kind: 'credentials' } | { kind: 'too-many'; minutes: number } | { kind: 'offline' } | null;

export function LoginForm() {
  const { t, login, signedOutNotice } = useStore();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<Problem>(null);

  const submit = async (event: Event) => {
    event.preventDefault();
    setBusy(true);
    setProblem(null);
    try {
      const result = await login(email.trim(), password);
      if (!result.ok) {
        setPassword('');
        setProblem(
          result.reason === 'too-many'
            ? { kind: 'too-many', minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) }
            : { kind: 'credentials' },
        );
      }
    } catch {
      setProblem({ kind: 'offline' });
    } finally {
      setBusy(false);
    }
  };

  const message =
    problem?.kind === 'credentials'
      ? t.value.wrongCredentials
      : problem?.kind === 'too-many'
        ? t.value.tooManyAttempts(problem.minutes)
        : problem?.kind === 'offline'
          ? t.value.errorOffline
          : signedOutNotice.value
            ? t.value.sessionExpired
            : '';

  return (
    <main id="main" class="login">
      <form class="card login-card" onSubmit={submit} aria-labelledby="login-title">
        <h1 id="login-title">{t.value.signInTitle}</h1>
        <p class="help">{t.value.signInIntro}</p>
        <label for="login-email">{t.value.email}</label>
        <input
          id="login-email"
          name="email"
          type="email"
          autoComplete="username"
          required
          value={email}
          onInput={(e) => setEmail(e.currentTarget.value)}
        />
        <label for="login-password">{t.value.password}</label>
        <input
          id="login-password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onInput={(e) => setPassword(e.currentTarget.value)}
        />
        <p class="form-error" role="alert" data-testid="login-error">
          {message}
        </p>
        <button type="submit" class="primary" disabled={busy}>
          {busy ? t.value.signingIn : t.value.signIn}
        </button>
      </form>
    </main>
  );
}
