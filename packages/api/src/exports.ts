import { CommuneExportQuerySchema, DomainError, parseInput, SellerExportQuerySchema } from '@nongsan/domain';
import { actingForHousehold } from './actors.ts';
import type { SessionUser, UserRole } from './auth/session-user.ts';
import { overseenCommuneFor } from './oversight.ts';
import { ExportsService, type ExportTable } from './services/exports-service.ts';
import { type AppDeps, createContextInner } from './trpc/context.ts';

/** The spreadsheets the host serves: a shop's orders, a commune's villages by month, a province's. */
export type ExportKind = 'orders' | 'commune' | 'province';

/**
 * Who may download each export: the same people as may read the same figures on screen (`stats.sales`,
 * `commune.stats`, `province.overview`).
 */
const EXPORT_READERS: Readonly<Record<ExportKind, readonly UserRole[]>> = {
  orders: ['seller', 'helper'],
  commune: ['official', 'province_official', 'helper'],
  province: ['province_official'],
};

/**
 * One export for the signed-in person, as the host's plain HTTP route asks for it: who they are is checked first
 * (`auth.unauthenticated`, `auth.forbidden`), then the query string is parsed with the domain's schema, then its
 * reach is the procedures' (a seller's own household or a helper's assigned one; the caller's commune, or any of
 * the province's for its officials). Throws a DomainError the route answers; nothing is read before all of it passed.
 */
export async function exportFor(
  deps: AppDeps,
  user: SessionUser | null,
  kind: ExportKind,
  query: unknown,
): Promise<ExportTable> {
  if (user === null) throw new DomainError('auth.unauthenticated');
  if (!EXPORT_READERS[kind].includes(user.role)) throw new DomainError('auth.forbidden', { role: user.role });
  const ctx = { ...createContextInner({ ...deps, user }), user };
  const service = new ExportsService(ctx);
  switch (kind) {
    case 'orders': {
      const input = parseInput(SellerExportQuerySchema, query ?? {});
      const { householdId } = await actingForHousehold(ctx, input.householdId);
      return service.shopOrders(householdId, input.month);
    }
    case 'commune': {
      const input = parseInput(CommuneExportQuerySchema, query ?? {});
      return service.villageMonths({ communeCode: await overseenCommuneFor(ctx, input.communeCode) });
    }
    case 'province': {
      parseInput(CommuneExportQuerySchema.pick({}), query ?? {});
      if (user.provinceCode === null) throw new DomainError('commune.forbidden', { code: '' });
      return service.villageMonths({ provinceCode: user.provinceCode });
    }
  }
}
