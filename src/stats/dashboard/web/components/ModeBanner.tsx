// Says which privacy mode the team is in — visibly, and loudly when per-rep figures are on.
import type { TeamMode } from '../../report/types';
import { MIN_REPS } from '../../report/types';
import { useStore } from '../store';

export function ModeBanner({ mode }: { mode: TeamMode }) {
  const { t } = useStore();
  const perRep = mode === 'per-rep';
  return (
    <section
      class={`banner ${perRep ? 'banner-warn' : 'banner-calm'}`}
      data-mode={mode}
      aria-label={t.value.team}
    >
      <strong>{perRep ? t.value.modePerRepTitle : t.value.modeTeamTitle}</strong>{' '}
      <span>{perRep ? t.value.modePerRep : t.value.modeTeam(MIN_REPS)}</span>
    </section>
  );
}
