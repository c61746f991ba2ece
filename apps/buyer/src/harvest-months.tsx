import { useLocale } from '@nongsan/ui';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12] as const;

/**
 * A product's harvest months as a row of twelve cells, this month marked: a table, so a screen reader reads it
 * month by month. The calendar page and a shop's page show the same row.
 */
export function HarvestMonths({
  harvestMonths,
  thisMonth,
}: {
  harvestMonths: readonly number[];
  thisMonth: number;
}) {
  const { t } = useLocale();
  return (
    <table className="buyer-months">
      <thead>
        <tr>
          {MONTHS.map((month) => (
            <th
              key={month}
              scope="col"
              aria-label={t('buyer.calendar.month', { month })}
              className={month === thisMonth ? 'buyer-months__now' : undefined}
            >
              {month}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {MONTHS.map((month) => {
            const harvest = harvestMonths.includes(month);
            return (
              <td key={month} className={harvest ? 'buyer-months__harvest' : undefined}>
                {harvest ? <span className="ns-visually-hidden">✓</span> : null}
              </td>
            );
          })}
        </tr>
      </tbody>
    </table>
  );
}
