import type { Database } from '@nongsan/db';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock.ts';

/** What every service is built from: the database and the one clock. */
export interface ServiceDeps {
  readonly db: Kysely<Database>;
  readonly clock: Clock;
}
