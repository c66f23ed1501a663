// The page's state, as signals in one store passed through context (no module-level singletons).
import { computed, signal } from '@preact/signals';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { DashboardReport, SessionInfo } from '../report/types';
import {
  changePassword,
  fetchReport,
  fetchSession,
  type RangeChoice,
  RangeRefused,
  SignedOut,
  signIn,
  signOut,
} from './api';
import { catalogs, initialLanguage, rememberLanguage, type UiLanguage } from './i18n';

export type LoadState = 'idle' | 'loading' | 'ready' | 'error';

export function createStore() {
  const lang = signal<UiLanguage>(initialLanguage());
  const t = computed(() => catalogs[lang.value]);
  /** undefined while the page asks whether a session exists; null when signed out. */
  const session = signal<SessionInfo | null | undefined>(undefined);
  const signedOutNotice = signal(false);
  const range = signal<RangeChoice>({ kind: 'last', weeks: 12 });
  const report = signal<DashboardReport | null>(null);
  const reportState = signal<LoadState>('idle');
  /** What the last failed report request ran into, for the message the page shows. */
  const failure = signal<'offline' | 'range' | 'other'>('other');

  function setLanguage(next: UiLanguage) {
    lang.value = next;
    rememberLanguage(next);
  }

  function handleFailure(error: unknown) {
    if (error instanceof SignedOut) {
      session.value = null;
      report.value = null;
      signedOutNotice.value = true;
      return;
    }
    // fetch rejects with a TypeError when the network fails.
    failure.value =
      error instanceof TypeError ? 'offline' : error instanceof RangeRefused ? 'range' : 'other';
    reportState.value = 'error';
  }

  async function loadReport() {
    reportState.value = 'loading';
    const requested = range.value;
    try {
      const next = await fetchReport(requested);
      // A slower answer for a range the lead already left must not overwrite the newer one.
      if (requested !== range.value) return;
      report.value = next;
      reportState.value = 'ready';
    } catch (error) {
      if (requested === range.value) handleFailure(error);
    }
  }

  async function start() {
    try {
      session.value = await fetchSession();
      if (session.value && !session.value.mustChangePassword) await loadReport();
    } catch (error) {
      session.value = null;
      handleFailure(error);
    }
  }

  return {
    lang,
    t,
    session,
    signedOutNotice,
    range,
    report,
    reportState,
    failure,
    setLanguage,
    start,
    loadReport,
    async login(email: string, password: string) {
      const result = await signIn(email, password);
      if (result.ok) {
        session.value = result.session;
        signedOutNotice.value = false;
        if (!result.session.mustChangePassword) await loadReport();
      }
      return result;
    },
    async choosePassword(current: string, next: string) {
      const result = await changePassword(session.value!.csrfToken, current, next);
      if (result.ok) {
        session.value = result.session;
        await loadReport();
      }
      return result;
    },
    async logout() {
      const current = session.value;
      if (current) await signOut(current.csrfToken).catch(handleFailure);
      session.value = null;
      report.value = null;
    },
    chooseRange(next: RangeChoice) {
      range.value = next;
      void loadReport();
    },
  };
}

export type Store = ReturnType<typeof createStore>;
export const StoreContext = createContext<Store | null>(null);

export function useStore(): Store {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStore outside <StoreContext.Provider>');
  return store;
}
