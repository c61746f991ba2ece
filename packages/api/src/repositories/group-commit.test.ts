import { createDb } from '@nongsan/db';
import { useTestDatabase } from '@nongsan/db/testing';
import { DomainError, type Village } from '@nongsan/domain';
import { describe, expect, it } from 'vitest';
import { groupCommit } from './group-commit.ts';

function village(n: number): Village {
  return {
    id: `v-${n}` as Village['id'],
    name: `Thôn ${n}`,
    legacyCommuneCode: '06328' as Village['legacyCommuneCode'],
    currentCommuneCode: '06325' as Village['currentCommuneCode'],
    invented: true,
  };
}

// Group commit is SQLite's (one writer); PostgreSQL runs a transaction per checkout.
describe('group commit (sqlite)', () => {
  const t = useTestDatabase('sqlite');

  it('commits the work that arrives together in one transaction and answers each only once it is committed', async () => {
    const groups: number[] = [];
    const queue = groupCommit(t.db, { onCommit: (size) => groups.push(size) });
    // Another connection to the file sees only what is committed: each answer must already be there.
    const reader = createDb(t.url);
    try {
      const seenAtAnswer = await Promise.all(
        Array.from({ length: 20 }, (_, i) =>
          queue
            .run(async (repos) => {
              await repos.villages.ensure([village(i)]);
              return village(i).id;
            })
            .then(async (id) => {
              const row = await reader.db
                .selectFrom('villages')
                .select('id')
                .where('id', '=', id)
                .executeTakeFirst();
              return row?.id ?? null;
            }),
        ),
      );
      expect(seenAtAnswer).toEqual(Array.from({ length: 20 }, (_, i) => village(i).id));
      expect(groups).toEqual([20]);

      // Work that arrives while a group is written waits for the next group.
      const first = queue.run(async (repos) => repos.villages.ensure([village(100)]));
      await new Promise((resolve) => setImmediate(resolve));
      const later = Array.from({ length: 5 }, (_, i) =>
        queue.run(async (repos) => repos.villages.ensure([village(101 + i)])),
      );
      await Promise.all([first, ...later]);
      expect(groups.slice(1)).toEqual([1, 5]);
    } finally {
      await reader.destroy();
    }
  });

  it('rolls back only the work that failed: the others in its group are committed and answered', async () => {
    const groups: number[] = [];
    const queue = groupCommit(t.db, { onCommit: (size) => groups.push(size) });
    const refusal = new DomainError('order.not_enough_stock', {});
    const results = await Promise.allSettled([
      queue.run(async (repos) => repos.villages.ensure([village(200)])),
      queue.run(async (repos) => {
        await repos.villages.ensure([village(201)]);
        throw refusal;
      }),
      queue.run(async (repos) => repos.villages.ensure([village(202)])),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[1]).toMatchObject({ reason: refusal });
    expect(groups).toEqual([3]);
    const ids = (
      await t.db.selectFrom('villages').select('id').where('id', 'in', ['v-200', 'v-201', 'v-202']).execute()
    ).map((r) => r.id);
    expect(ids.sort()).toEqual(['v-200', 'v-202']);
  });

  it('takes at most maxBatch units in one transaction', async () => {
    const groups: number[] = [];
    const queue = groupCommit(t.db, { maxBatch: 4, onCommit: (size) => groups.push(size) });
    await Promise.all(
      Array.from({ length: 10 }, (_, i) =>
        queue.run(async (repos) => repos.villages.ensure([village(300 + i)])),
      ),
    );
    expect(groups).toEqual([4, 4, 2]);
  });
});
