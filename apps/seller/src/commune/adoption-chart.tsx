import { BarChart, useLocale } from '@nongsan/ui';
import { percent, type VillageStats } from './commune-types.ts';

/**
 * Share of households with a shop, one bar per village, with the target drawn as a dashed line across all bars:
 * a bar that crosses the line is on target (green), one that stops short is not (amber). The same figures are in
 * the table beside it.
 */
export function AdoptionChart({ villages, target }: { villages: readonly VillageStats[]; target: number }) {
  const { t, locale } = useLocale();
  return (
    <BarChart
      direction="across"
      name="adoption"
      className="ns-chart"
      label={t('commune.adoption')}
      max={1}
      track
      marker={{ value: target, label: t('commune.target', { target: percent(target, locale) }) }}
      bars={villages.map((village) => ({
        key: village.villageId,
        label: village.villageName,
        value: village.shopShare,
        valueText: `${percent(village.shopShare, locale)} ${village.shops}/${village.households}`,
        tone: village.onTarget ? 'good' : 'short',
        data: { 'data-village': village.villageName },
      }))}
    />
  );
}
