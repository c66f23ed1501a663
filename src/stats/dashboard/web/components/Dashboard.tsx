// The signed-in page: mode banner, range, then the figures — or how to connect when the team is empty.
import type { DashboardReport } from '../../report/types';
import { useStore } from '../store';
import { ActionsFunnel } from './ActionsFunnel';
import { ConnectHelp } from './ConnectHelp';
import { ModeBanner } from './ModeBanner';
import { RangeBar } from './RangeBar';
import { SplitTable } from './SplitTable';
import { Summary } from './Summary';
import { AbortsTrend, ChaserTrend, MissingTrend } from './WeeklyCharts';

/** Rep ids are 64-digit pseudonyms: twelve digits tell them apart; the whole id is in the tooltip and the CSV. */
function shortRepId(key: string) {
  return key.length > 16 ? <span title={key}>{`${key.slice(0, 12)}…`}</span> : key;
}

function Figures({ report }: { report: DashboardReport }) {
  const { t } = useStore();
  const name = (names: Record<string, string>) => (key: string) => names[key] ?? key;
  return (
    <>
      <Summary report={report} />
      <div class="grid">
        <ChaserTrend report={report} />
        <MissingTrend report={report} />
        <ActionsFunnel report={report} />
        <AbortsTrend report={report} />
        <SplitTable
          id="host"
          title={t.value.hostTitle}
          rowHeader={t.value.group}
          groups={report.byHost}
          nameOf={name(t.value.hosts)}
        />
        <SplitTable
          id="language"
          title={t.value.languageTitle}
          rowHeader={t.value.group}
          groups={report.byLanguage}
          nameOf={name(t.value.languages)}
        />
      </div>
      {report.perRep && (
        <SplitTable
          id="per-rep"
          title={t.value.perRepTitle}
          help={t.value.perRepHelp}
          rowHeader={t.value.rep}
          groups={report.perRep}
          nameOf={shortRepId}
          perRep
        />
      )}
    </>
  );
}

export function Dashboard() {
  const { t, session, report, reportState, failure, loadReport } = useStore();
  const problem = { offline: t.value.errorOffline, range: t.value.errorRange, other: t.value.errorGeneric };
  const current = report.value;
  const mode = current?.team.mode ?? session.value!.team.mode;
  return (
    <main
      id="main"
      class="dashboard"
      data-state={reportState.value}
      aria-busy={reportState.value === 'loading'}
    >
      <h1 class="question">{t.value.question}</h1>
      <ModeBanner mode={mode} />
      {current && !current.teamHasEvents ? (
        <ConnectHelp />
      ) : (
        <>
          <RangeBar />
          {reportState.value === 'error' && (
            <p class="notice error" role="alert">
              {problem[failure.value]}{' '}
              <button type="button" class="link" onClick={() => void loadReport()}>
                {t.value.retry}
              </button>
            </p>
          )}
          {current ? <Figures report={current} /> : <p class="notice">{t.value.loading}</p>}
        </>
      )}
    </main>
  );
}
