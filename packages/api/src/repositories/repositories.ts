import { type Database, dialectOf } from '@nongsan/db';
import { type Kysely, sql } from 'kysely';
import { AuditRepository } from './audit-repository.ts';
import { BankTransferRepository } from './bank-transfer-repository.ts';
import { BuyerPhotoRepository } from './buyer-photo-repository.ts';
import { CheckoutRepository } from './checkout-repository.ts';
import { CommuneRepository } from './commune-repository.ts';
import { ComplaintRepository } from './complaint-repository.ts';
import { FiguresRepository } from './figures-repository.ts';
import { HouseholdRepository } from './household-repository.ts';
import { IdempotencyRepository } from './idempotency-repository.ts';
import { ListingRepository } from './listing-repository.ts';
import { ListingStockRepository } from './listing-stock-repository.ts';
import { LoginAttemptRepository } from './login-attempt-repository.ts';
import { OrderRepository } from './order-repository.ts';
import { PushRepository } from './push-repository.ts';
import { ReviewRepository } from './review-repository.ts';
import { SessionRepository } from './session-repository.ts';
import { ShopRepository } from './shop-repository.ts';
import { UserRepository } from './user-repository.ts';
import { VillageRepository } from './village-repository.ts';

/** Every repository over one connection or transaction: what a service works with. */
export interface Repositories {
  readonly audit: AuditRepository;
  readonly checkout: CheckoutRepository;
  readonly communes: CommuneRepository;
  readonly complaints: ComplaintRepository;
  readonly figures: FiguresRepository;
  readonly bankTransfers: BankTransferRepository;
  readonly buyerPhotos: BuyerPhotoRepository;
  readonly households: HouseholdRepository;
  readonly idempotency: IdempotencyRepository;
  readonly listings: ListingRepository;
  readonly listingStock: ListingStockRepository;
  readonly loginAttempts: LoginAttemptRepository;
  readonly orders: OrderRepository;
  readonly reviews: ReviewRepository;
  readonly push: PushRepository;
  readonly sessions: SessionRepository;
  readonly shops: ShopRepository;
  readonly users: UserRepository;
  readonly villages: VillageRepository;
}

export function repositoriesFor(db: Kysely<Database>): Repositories {
  return {
    audit: new AuditRepository(db),
    checkout: new CheckoutRepository(db),
    communes: new CommuneRepository(db),
    complaints: new ComplaintRepository(db),
    figures: new FiguresRepository(db),
    bankTransfers: new BankTransferRepository(db),
    buyerPhotos: new BuyerPhotoRepository(db),
    households: new HouseholdRepository(db),
    idempotency: new IdempotencyRepository(db),
    listings: new ListingRepository(db),
    listingStock: new ListingStockRepository(db),
    loginAttempts: new LoginAttemptRepository(db),
    orders: new OrderRepository(db),
    reviews: new ReviewRepository(db),
    push: new PushRepository(db),
    sessions: new SessionRepository(db),
    shops: new ShopRepository(db),
    users: new UserRepository(db),
    villages: new VillageRepository(db),
  };
}

/**
 * Runs `work` in one transaction with repositories bound to it: everything it writes commits together or not at
 * all (a DomainError thrown inside rolls the writes back, so a refused change leaves no trace).
 *
 * On SQLite the transaction is `BEGIN IMMEDIATE`: it takes the file's write lock before its first read, so what it
 * reads cannot change before it writes, also when several processes share the file (a deferred `BEGIN` that reads,
 * then finds another process wrote meanwhile, fails with SQLITE_BUSY instead of waiting its busy timeout).
 */
export function inTransaction<T>(
  db: Kysely<Database>,
  work: (repos: Repositories) => Promise<T>,
): Promise<T> {
  if (dialectOf(db) === 'postgres' || db.isTransaction)
    return db.transaction().execute((trx) => work(repositoriesFor(trx)));
  return db.connection().execute(async (connection) => {
    await sql`begin immediate`.execute(connection);
    let result: T;
    try {
      result = await work(repositoriesFor(connection));
    } catch (error) {
      await sql`rollback`.execute(connection);
      throw error;
    }
    await sql`commit`.execute(connection);
    return result;
  });
}
