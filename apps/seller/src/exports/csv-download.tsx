import { useLocale } from '@nongsan/ui';
import type { sellerExportStrings } from './export-strings.ts';
import './csv-download.css';

/**
 * A download of one of the server's spreadsheets (`GET /exports/…`, with the session cookie): a plain link the
 * browser saves under the name the server gives, with a line saying how it reads in Excel.
 */
export function CsvDownload({
  path,
  query = {},
  label,
}: {
  path: 'orders.csv' | 'commune.csv' | 'province.csv';
  query?: Readonly<Record<string, string | undefined>>;
  label: keyof typeof sellerExportStrings;
}) {
  const { t } = useLocale();
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, value);
  const search = params.size === 0 ? '' : `?${params}`;
  return (
    <p className="ns-csvdownload">
      <a className="ns-button" href={`/exports/${path}${search}`} download data-csv-download={path}>
        {t(label)}
      </a>
      <span className="ns-muted">{t('exports.note')}</span>
    </p>
  );
}
