import type { Database } from '@nongsan/db';
import type { Kysely } from 'kysely';

/** A stored idempotency key of a buyer: the hash of the first request's body and its answer. */
export interface IdempotencyRecord {
  readonly requestHash: string;
  /** The first answer, parsed; null while the request that claimed the key has not finished. */
  readonly response: unknown;
}

export class IdempotencyRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async find(buyerId: string, key: string): Promise<IdempotencyRecord | null> {
    const row = await this.db
      .selectFrom('idempotency_keys')
      .select(['request_hash', 'response'])
      .where('buyer_id', '=', buyerId)
      .where('key', '=', key)
      .executeTakeFirst();
    if (!row) return null;
    return {
      requestHash: row.request_hash,
      response: row.response === null ? null : JSON.parse(row.response),
    };
  }

  /**
   * Claims the key for this request. The primary key (buyer, key) decides between concurrent claims: on PostgreSQL
   * a second claim waits for the first transaction and fails with a unique violation once it commits.
   */
  async claim(buyerId: string, key: string, requestHash: string, response: unknown, at: Date): Promise<void> {
    await this.db
      .insertInto('idempotency_keys')
      .values({
        buyer_id: buyerId,
        key,
        request_hash: requestHash,
        response: response === null ? null : JSON.stringify(response),
        created_at: at.toISOString(),
      })
      .execute();
  }

  /** Stores the answer of the request that claimed the key, in its transaction. */
  async setResponse(buyerId: string, key: string, response: unknown): Promise<void> {
    await this.db
      .updateTable('idempotency_keys')
      .set({ response: JSON.stringify(response) })
      .where('buyer_id', '=', buyerId)
      .where('key', '=', key)
      .execute();
  }
}
