import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIALECTS } from '@nongsan/db/testing';
import { connectLiveMarket } from '@nongsan/live';
import { main } from '@nongsan/simulation/cli';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestServer } from './harness.ts';

const work = mkdtempSync(join(tmpdir(), 'nongsan-live-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function capture() {
  const lines: string[] = [];
  return {
    lines,
    io: { out: (t: string) => lines.push(t), err: (t: string) => lines.push(t), isTty: false },
  };
}

for (const dialect of DIALECTS) {
  describe(`pnpm simulate --live (${dialect})`, () => {
    // The server's clock inside the simulated weeks: seasons and deadlines follow it.
    const server = useTestServer(dialect, { now: '2021-08-10T09:00:00+07:00' });

    it('runs the commune’s agents against the server: what the run reports is what the database holds', async () => {
      const out = join(work, dialect);
      const { lines, io } = capture();
      const code = await main(
        ['--live', server.current.url, '--set', 'endDate=2021-08-20', '--out', out],
        io,
        { liveMarket: connectLiveMarket },
      );
      expect(code, lines.join('\n')).toBe(0);
      expect(lines.join('\n')).toContain(`running against ${new URL(server.current.url).origin}`);

      const summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
      const count = async (table: 'shops' | 'orders') =>
        Number(
          (
            await server.current.database.db
              .selectFrom(table)
              .select((eb) => eb.fn.countAll().as('n'))
              .executeTakeFirstOrThrow()
          ).n,
        );
      expect(summary.endOfRun.shops).toBeGreaterThan(0);
      expect(await count('shops')).toBe(summary.endOfRun.shops);
      expect(summary.orderOutcomes.placed).toBeGreaterThan(0);
      expect(await count('orders')).toBe(summary.orderOutcomes.placed);
    }, 300_000);

    it('says plainly when no server answers at the address, and writes nothing', async () => {
      const { lines, io } = capture();
      const out = join(work, `${dialect}-none`);
      const code = await main(['--live', 'http://127.0.0.1:9', '--out', out], io, {
        liveMarket: connectLiveMarket,
      });
      expect(code).toBe(1);
      expect(lines.join('\n')).toContain('No nongsan server answers at http://127.0.0.1:9');
      expect(() => readFileSync(join(out, 'summary.json'))).toThrow();
    });
  });
}

describe('pnpm simulate --live without the server package', () => {
  it('tells the user where to run it from', async () => {
    const { lines, io } = capture();
    expect(await main(['--live', 'http://127.0.0.1:3000'], io)).toBe(2);
    expect(lines.join('\n')).toContain('pnpm simulate --live <url>');
  });
});
