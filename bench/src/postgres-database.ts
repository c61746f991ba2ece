/**
 * A PostgreSQL database of the bench's own (127.0.0.1:5432 as `postgres`, or PGHOST/PGPORT/PGUSER/PGPASSWORD),
 * dropped at the end; or, when PostgreSQL does not answer, the reason to print instead of its figures.
 */
import pg from 'pg';

export interface BenchPostgres {
  readonly url: string;
  drop(): Promise<void>;
}

function server() {
  return {
    host: process.env.PGHOST || '127.0.0.1',
    port: Number(process.env.PGPORT || 5432),
    user: process.env.PGUSER || 'postgres',
    password: process.env.PGPASSWORD || undefined,
  };
}

async function admin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ ...server(), database: 'postgres', connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A fresh database, or the reason PostgreSQL cannot be used. */
export async function createBenchPostgres(): Promise<BenchPostgres | { readonly skipped: string }> {
  const name = `nongsan_bench_${process.pid}_${Date.now().toString(36)}`;
  const { host, port, user, password } = server();
  try {
    await admin((client) => client.query(`create database ${name}`));
  } catch (error) {
    return {
      skipped: `PostgreSQL at ${host}:${port} (user ${user}) is not usable: ${(error as Error).message}`,
    };
  }
  const auth = encodeURIComponent(user) + (password === undefined ? '' : `:${encodeURIComponent(password)}`);
  return {
    url: `postgres://${auth}@${host}:${port}/${name}`,
    drop: () =>
      admin((client) => client.query(`drop database if exists ${name} with (force)`)).then(() => {}),
  };
}
