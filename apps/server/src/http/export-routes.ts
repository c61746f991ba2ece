import { pipeline, Readable } from 'node:stream';
import { type AppDeps, type ExportKind, exportFor, SESSION_COOKIE, userForSessionToken } from '@nongsan/api';
import { isDomainError } from '@nongsan/domain';
import { stringify } from 'csv-stringify';
import type { FastifyInstance } from 'fastify';
import { domainErrorAnswer } from './error-body.ts';

/** Where each spreadsheet is downloaded. */
export const EXPORT_PATHS: Readonly<Record<ExportKind, string>> = {
  orders: '/exports/orders.csv',
  commune: '/exports/commune.csv',
  province: '/exports/province.csv',
};

/**
 * The spreadsheet downloads (CSV, UTF-8 with a byte order mark so Excel reads Vietnamese; dates dd/MM/yyyy in
 * Vietnam's time; amounts, grams and pieces as plain integers Excel can sum):
 * - `GET /exports/orders.csv?householdId=&month=YYYY-MM`: a shop's orders and what was paid, for its seller or
 *   the household's helper (who names it);
 * - `GET /exports/commune.csv?communeCode=`: a commune's villages by month (adoption and sales), for its officials
 *   and tech teams, and for the province's officials (who name it);
 * - `GET /exports/province.csv`: the same for every commune of a province, for its officials.
 * The session cookie says who asks; a refusal or a bad query is answered before anything is read, in the error
 * shape of every other route. The rows are read a page at a time and streamed through the CSV writer.
 */
export function registerExportRoutes(app: FastifyInstance, deps: AppDeps): void {
  for (const [kind, path] of Object.entries(EXPORT_PATHS) as [ExportKind, string][]) {
    app.get(path, async (request, reply) => {
      const raw = request.cookies[SESSION_COOKIE];
      const unsigned = raw === undefined ? null : request.unsignCookie(raw);
      const user = await userForSessionToken(deps, unsigned?.valid ? unsigned.value : null);
      let table: Awaited<ReturnType<typeof exportFor>>;
      try {
        table = await exportFor(deps, user, kind, request.query);
      } catch (error) {
        if (!isDomainError(error)) throw error;
        const answer = domainErrorAnswer(error);
        return reply.code(answer.status).send(answer.body);
      }
      const csv = stringify({
        bom: true,
        header: true,
        columns: [...table.header],
        record_delimiter: 'windows',
        // A shop or village name typed as "=HYPERLINK(…)" stays text in Excel.
        escape_formulas: true,
      });
      pipeline(Readable.from(table.rows), csv, (error) => {
        if (error) request.log.error({ err: error, path }, 'export failed while streaming');
      });
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${table.fileName}"`)
        .header('cache-control', 'no-store')
        .send(csv);
    });
  }
}
