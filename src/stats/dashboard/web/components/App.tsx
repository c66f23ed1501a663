// The root: keeps <html lang> and the title in the UI language, and shows sign-in or the dashboard.
import { useEffect } from 'preact/hooks';
import { useStore } from '../store';
import { ChangePasswordForm } from './ChangePasswordForm';
import { Dashboard } from './Dashboard';
import { Header } from './Header';
import { LoginForm } from './LoginForm';

export function App() {
  const { t, lang, session } = useStore();
  useEffect(() => {
    document.documentElement.lang = lang.value;
    document.title = t.value.htmlTitle;
  }, [lang.value, t.value]);
  return (
    <>
      <a class="skip" href="#main">
        {t.value.skipToContent}
      </a>
      <Header />
      {session.value === undefined ? (
        <main id="main" class="dashboard">
          <p class="notice">{t.value.loading}</p>
        </main>
      ) : session.value === null ? (
        <LoginForm />
      ) : session.value.mustChangePassword ? (
        <ChangePasswordForm />
      ) : (
        <Dashboard />
      )}
    </>
  );
}
