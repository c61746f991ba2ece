import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIALECTS } from '@nongsan/db/testing';
import { connectLiveMarket } from '@nongsan/live';
import { longDong2021 } from '@nongsan/simulation';
import { main } from '@nongsan/simulation/cli';
import { afterAll, describe, expect, it } from 'vitest';
import { useTestServer } from './harness.ts';

const work = mkdtempSync(join(tmpdir(), 'nongsan-live-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/**
 * Long Đống with one household in twenty (about 6 a village, one team member each): the same villages, crops, buyers
 * and campaign. Every household that opens a shop and every buyer registers a real login, and the server hashes each
 * password with scrypt (about a quarter of a CPU second). The whole commune opens ~325 shops by 20 August (its group
 * sessions open many in the first weeks), and the run took 75–80 s a dialect, nearly all of it in those hashes
 * (measured on SQLite under load: 286 of 323 s in `openShop`, 26 s in `placeOrder` registering buyers, 4 s in
 * `findListings`). This one opens ~21 shops and places ~12 orders: the same bookkeeping, checked.
 */
const smallCommune = join(work, 'long-dong-small.json');
writeFileSync(
  smallCommune,
  JSON.stringify({
    ...longDong2021,
    id: 'long-dong-small',
    title: 'Long Đống, one household in twenty (live test)',
    checksCalibration: false,
    communes: longDong2021.communes.map((commune) => ({
      ...commune,
      villages: commune.villages.map((v) => ({
        ...v,
        households: Math.ceil(v.households / 20),
        techTeamMembers: Math.ceil(v.techTeamMembers / 20),
      })),
    })),
  }),
);

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
        [
          '--live',
          server.current.url,
          '--scenario',
          smallCommune,
          '--set',
          'endDate=2021-08-20',
          '--out',
          out,
        ],
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
    }, 60_000);

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
