import type { Database } from '@nongsan/db';
import type { Kysely } from 'kysely';
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
