/** What the bench tells a benchmark server process (`bench-server.ts`), and the line that says it listens. */
export interface BenchServerSettings {
  readonly databaseUrl: string;
  /** Photos and whatever else the app keeps on disk. */
  readonly dataDir: string;
  /** The server's fixed clock (ISO), inside the dragon-fruit season. */
  readonly now: string;
  readonly sessionSecret: string;
  /** Migrate and add the villages first (the first process on a database; a second one finds them done). */
  readonly prepare: boolean;
  /** Seed the demo commune's year ending on this local date (YYYY-MM-DD) into the empty database. */
  readonly seedDemoEndDate?: string;
  /** The `listings.search` input the search benchmark sends; `GET /bench/search` answers its result. */
  readonly searchInput: unknown;
}

export const BENCH_SERVER_READY = 'BENCH_SERVER';
