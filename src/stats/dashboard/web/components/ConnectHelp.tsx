// What an empty team sees instead of empty charts: how reps connect the add-in and the extension.
import { useStore } from '../store';

export function ConnectHelp() {
  const { t } = useStore();
  // The clients take the server's address and add /api/v1/events themselves.
  const endpoint = location.origin;
  const reachable = location.protocol === 'https:' || ['localhost', '127.0.0.1'].includes(location.hostname);
  return (
    <section class="card connect" aria-labelledby="connect-title" data-testid="connect-help">
      <h2 id="connect-title">{t.value.emptyTitle}</h2>
      <p>{t.value.emptyIntro}</p>
      <dl class="connect-values">
        <dt>{t.value.emptyEndpoint}</dt>
        <dd>
          <code data-testid="endpoint">{endpoint}</code>
        </dd>
        <dt>{t.value.emptyKey}</dt>
        <dd>
          {t.value.emptyKeyHelp} <code>klarheit admin rotate-key --team NAME</code>
        </dd>
      </dl>
      <ol>
        <li>{t.value.emptyOutlook}</li>
        <li>{t.value.emptyGmail}</li>
      </ol>
      {!reachable && <p class="notice">{t.value.emptyHttps}</p>}
      <p class="help">
        {t.value.emptyCors} <code>klarheit serve --cors-origin chrome-extension://&lt;id&gt;</code>
      </p>
      <p class="help">{t.value.emptyAfter}</p>
    </section>
  );
}
