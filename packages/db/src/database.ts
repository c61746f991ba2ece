import type { LoginAttemptsTable, SessionsTable, UsersTable } from './tables/accounts.ts';
import type { AuditLogTable } from './tables/audit-log.ts';
import type { BankTransfersTable } from './tables/bank-transfers.ts';
import type { BuyerPhotosTable } from './tables/buyer-photos.ts';
import type { ComplaintsTable } from './tables/complaints.ts';
import type {
  CommunesTable,
  FiguresRefreshTable,
  HelperAssignmentsTable,
  HouseholdMembersTable,
  HouseholdsTable,
  PaymentAccountsTable,
  VillageFiguresTable,
  VillageMonthSalesTable,
  VillagesTable,
} from './tables/households.ts';
import type {
  IdempotencyKeysTable,
  OrderEventsTable,
  OrderLinesTable,
  OrdersTable,
} from './tables/orders.ts';
import type { AlertDeliveriesTable, PushSubscriptionsTable } from './tables/push.ts';
import type { ReviewsTable } from './tables/reviews.ts';
import type {
  ListingPhotosTable,
  ListingSearchKeysTable,
  ListingSearchWordsTable,
  ListingsTable,
  ShopsTable,
} from './tables/shops.ts';

/**
 * The whole schema as Kysely sees it, written by hand and kept in step with `migrations.ts`: `table-columns.ts`
 * lists every column with its nullability, checked against these interfaces by the compiler and against the
 * migrated database by a test. Table and column names are snake_case, as in the database.
 */
export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  login_attempts: LoginAttemptsTable;
  communes: CommunesTable;
  villages: VillagesTable;
  households: HouseholdsTable;
  household_members: HouseholdMembersTable;
  payment_accounts: PaymentAccountsTable;
  helper_assignments: HelperAssignmentsTable;
  shops: ShopsTable;
  listings: ListingsTable;
  listing_photos: ListingPhotosTable;
  listing_search_words: ListingSearchWordsTable;
  listing_search_keys: ListingSearchKeysTable;
  orders: OrdersTable;
  order_lines: OrderLinesTable;
  order_events: OrderEventsTable;
  idempotency_keys: IdempotencyKeysTable;
  audit_log: AuditLogTable;
  push_subscriptions: PushSubscriptionsTable;
  alert_deliveries: AlertDeliveriesTable;
  village_figures: VillageFiguresTable;
  village_month_sales: VillageMonthSalesTable;
  figures_refresh: FiguresRefreshTable;
  bank_transfers: BankTransfersTable;
  reviews: ReviewsTable;
  buyer_photos: BuyerPhotosTable;
  complaints: ComplaintsTable;
}

export type TableName = keyof Database;
