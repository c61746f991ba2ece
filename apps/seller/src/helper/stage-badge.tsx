import { ADOPTION_STAGE_LABELS, ADOPTION_STAGES, type AdoptionStage, stageIndex } from '@nongsan/domain';
import { useLocale } from '@nongsan/ui';

/** A household's adoption stage in words, with a row of dots for how far along the six stages it is. */
export function StageBadge({ stage }: { stage: AdoptionStage }) {
  const { t, locale } = useLocale();
  const label = ADOPTION_STAGE_LABELS[stage][locale];
  const reached = stageIndex(stage);
  return (
    <span className="ns-stage" data-stage={stage}>
      <span className="ns-stage__dots" aria-hidden="true">
        {ADOPTION_STAGES.map((s, i) => (
          <span key={s} className={i <= reached ? 'ns-stage__dot ns-stage__dot--on' : 'ns-stage__dot'} />
        ))}
      </span>
      <span>{t('helper.stage', { stage: label })}</span>
    </span>
  );
}
