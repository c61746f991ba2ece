import type { Database } from '@nongsan/db';
import { type Kysely, sql } from 'kysely';
import { type Repositories, repositoriesFor } from './repositories.ts';

/** How many units of work one group transaction takes at most (the rest wait for the next one). */
export const GROUP_COMMIT_MAX_BATCH = 64;

export interface GroupCommitOptions {
  readonly maxBatch?: number;
  /** Called after each group transaction committed, with how many units it held (for tests and figures). */
  readonly onCommit?: (size: number) => void;
}

type Outcome =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly error: unknown };

interface Waiting {
  readonly work: (repos: Repositories) => Promise<unknown>;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Group commit on SQLite: one writer takes the units of work that arrived together (those waiting when it is free)
 * and runs them in one `BEGIN IMMEDIATE` transaction, each in its own SAVEPOINT, so a unit that throws (an order
 * refused for want of stock, say) rolls back only what it wrote and the others go on. One COMMIT then makes them
 * all durable at once: the pages they share (the tables' and indexes' last leaves, the listing's row) are written
 * to the WAL once per group instead of once per order, and the commit's cost is shared. A unit is answered only
 * after the commit that holds it (or, if that commit fails, is refused with its error: none of the group was
 * kept), so an acknowledged order survives `kill -9` exactly as with a transaction of its own. Units see the ones
 * before them in the group, as if they had run one after another (they did). How many wait at once is bounded at
 * the door (`order-admission.ts`).
 *
 * SQLite only: it has one writer anyway. The writer starts on the next turn of the event loop after the first unit
 * arrives, so the requests already read by then join it; while a group is written the connection is busy and the
 * next arrivals queue for the next group.
 */
export function groupCommit(
  db: Kysely<Database>,
  options: GroupCommitOptions = {},
): { run<R>(work: (repos: Repositories) => Promise<R>): Promise<R> } {
  const maxBatch = options.maxBatch ?? GROUP_COMMIT_MAX_BATCH;
  const waiting: Waiting[] = [];
  let writing = false;

  async function writeGroup(group: readonly Waiting[]): Promise<void> {
    const outcomes: Outcome[] = [];
    try {
      await db.connection().execute(async (connection) => {
        await sql`begin immediate`.execute(connection);
        try {
          const repos = repositoriesFor(connection);
          for (const unit of group) {
            await sql`savepoint checkout`.execute(connection);
            try {
              outcomes.push({ ok: true, value: await unit.work(repos) });
              await sql`release checkout`.execute(connection);
            } catch (error) {
              await sql`rollback to checkout`.execute(connection);
              await sql`release checkout`.execute(connection);
              outcomes.push({ ok: false, error });
            }
          }
          await sql`commit`.execute(connection);
        } catch (error) {
          await sql`rollback`.execute(connection).catch(() => {});
          throw error;
        }
      });
    } catch (error) {
      for (const unit of group) unit.reject(error);
      return;
    }
    options.onCommit?.(group.length);
    group.forEach((unit, i) => {
      const outcome = outcomes[i] as Outcome;
      if (outcome.ok) unit.resolve(outcome.value);
      else unit.reject(outcome.error);
    });
  }

  async function drain(): Promise<void> {
    try {
      while (waiting.length > 0) await writeGroup(waiting.splice(0, maxBatch));
    } finally {
      writing = false;
    }
  }

  return {
    run<R>(work: (repos: Repositories) => Promise<R>): Promise<R> {
      return new Promise<R>((resolve, reject) => {
        waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
        if (!writing) {
          writing = true;
          setImmediate(() => void drain());
        }
      });
    },
  };
}
