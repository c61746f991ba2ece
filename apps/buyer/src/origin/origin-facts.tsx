import type { RouterOutputs } from '@nongsan/api';
import { harvestText } from '@nongsan/domain';
import { useLocale } from '@nongsan/ui';

export type Origin = RouterOutputs['listings']['origin'];

/** Stars as a person sees them: ★★★★☆ (the text beside says how many). */
function stars(count: number): string {
  return '★'.repeat(count) + '☆'.repeat(Math.max(0, 5 - count));
}

/** Where a listing's produce comes from, as a list of facts: the household, the place, the harvest, OCOP. */
export function OriginFacts({ origin }: { origin: Origin }) {
  const { t } = useLocale();
  return (
    <dl className="buyer-origin-facts">
      <dt>{t('buyer.origin.household')}</dt>
      <dd data-origin="household">{origin.shopName}</dd>
      <dt>{t('buyer.origin.place')}</dt>
      <dd data-origin="place">
        {t('buyer.origin.placeText', { village: origin.villageName, commune: origin.communeName })}
      </dd>
      <dt>{t('buyer.origin.harvest')}</dt>
      <dd data-origin="harvest">
        {origin.harvest ? harvestText(origin.harvest) : t('buyer.origin.harvestSeason')}
      </dd>
      {origin.ocopStars ? (
        <>
          <dt>{t('buyer.origin.ocop')}</dt>
          <dd data-origin="ocop">
            <span aria-hidden="true" className="buyer-origin-stars">
              {stars(origin.ocopStars)}
            </span>{' '}
            {t('buyer.origin.ocopStars', { stars: origin.ocopStars })}
          </dd>
        </>
      ) : null}
    </dl>
  );
}
