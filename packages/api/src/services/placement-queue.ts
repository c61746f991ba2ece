import { type Database, type DialectName, dialectOf } from '@nongsan/db';
import type { Kysely } from 'kysely';
import { type GroupCommitOptions, groupCommit } from '../repositories/group-commit.ts';
import { inTransaction, type Repositories } from '../repositories/repositories.ts';

/** How checkouts get their write transaction (how many wait at once is bounded at the door: `order-admission.ts`). */
export interface PlacementQueue {
  /** Runs `work` in a write transaction; it is acknowledged (resolves) only once that transaction committed. */
  run<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
}

/** Each checkout in a transaction of its own. */
export function transactionPerCheckout(db: Kysely<Database>): PlacementQueue {
  return { run: (work) => inTransaction(db, work) };
}

/** SQLite's one writer commits the checkouts that arrive together in one transaction, each in a savepoint. */
export function groupedCheckouts(db: Kysely<Database>, options?: GroupCommitOptions): PlacementQueue {
  return groupCommit(db, options);
}

/**
 * How a server process places checkouts on its database: grouped on SQLite (one writer, so the commits are shared),
 * a transaction each on PostgreSQL (which runs them side by side, row locks deciding).
 */
export function placementsFor(db: Kysely<Database>, dialect: DialectName = dialectOf(db)): PlacementQueue {
  return dialect === 'sqlite' ? groupedCheckouts(db) : transactionPerCheckout(db);
}
