// What an empty team sees instead of empty charts: how reps connect the add-in and the extension.
import { useStore } from '../store';

export function ConnectHelp() {
  const { t } = useStore();
  const endpoint = `${location.origin}/api/v1/events`;
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
      <p class="help">{t.value.emptyAfter}</p>
    </section>
  );
}
