/**
 * Who may change what: every mutating procedure of the API, called by every kind of caller — signed out, the buyer
 * of the order and another buyer, the household that owns the shop and another household, the helper assigned to
 * that household and another helper, an official. A refused call gets UNAUTHORIZED or FORBIDDEN and changes
 * nothing in the database (a dump before and after); an allowed call succeeds with the very same input, so a
 * refusal is about the caller, never about the input. A mutation added to the router without a row here fails the
 * test.
 */
import { DIALECTS } from '@nongsan/db/testing';
import { describe, expect, it } from 'vitest';
import {
  buildWorld,
  CALLERS,
  callProcedure,
  MUTATIONS,
  type Outcome,
  PRIVATE_QUERIES,
  PUBLIC_MUTATIONS,
  PUBLIC_QUERIES,
  personFor,
  procedurePaths,
  type World,
} from './api-world.ts';
import { failure } from './failure.ts';
import { useTestServer } from './harness.ts';

describe('the authorization matrix', () => {
  it('has a row for every mutation of the API (a new one must say who may call it)', () => {
    expect(procedurePaths('mutation')).toEqual(
      [...Object.keys(MUTATIONS), ...Object.keys(PUBLIC_MUTATIONS)].sort(),
    );
  });
  it('has a row for every query that is not public', () => {
    expect(procedurePaths('query')).toEqual(
      [...Object.keys(PRIVATE_QUERIES), ...Object.keys(PUBLIC_QUERIES)].sort(),
    );
  });
});

for (const dialect of DIALECTS) {
  describe(`who may change what (${dialect})`, () => {
    const server = useTestServer(dialect);
    let world: World | undefined;
    const theWorld = async () => {
      world ??= await buildWorld(server.current);
      return world;
    };

    for (const [path, row] of Object.entries(MUTATIONS)) {
      it(`${path}: allowed for ${row.allowed.join(', ')}; refused for everybody else, changing nothing`, async () => {
        const w = await theWorld();
        let input = await row.prepare(w);
        for (const caller of CALLERS) {
          const person = personFor(w, caller);
          const expected: Outcome = row.allowed.includes(caller)
            ? 'ok'
            : caller === 'anonymous'
              ? 'UNAUTHORIZED'
              : (row.refused?.[caller] ?? 'FORBIDDEN');
          if (expected === 'ok') {
            await expect(
              callProcedure(person.client, 'mutation', path, input),
              `${caller} may`,
            ).resolves.toBeDefined();
            input = await row.prepare(w);
            continue;
          }
          const before = await server.current.dbDump();
          const error = await failure(callProcedure(person.client, 'mutation', path, input));
          expect(error.data?.code, `${caller} calling ${path}: ${error.message}`).toBe(expected);
          expect(await server.current.dbDump(), `${caller} calling ${path} changed nothing`).toEqual(before);
        }
      }, 60_000);
    }

    for (const [path, row] of Object.entries(PRIVATE_QUERIES)) {
      it(`${path}: shown to ${row.allowed.join(', ')}; to nobody else`, async () => {
        const w = await theWorld();
        const input = await row.prepare(w);
        for (const caller of CALLERS) {
          const call = callProcedure(personFor(w, caller).client, 'query', path, input);
          if (row.allowed.includes(caller)) {
            await expect(call, `${caller} may read`).resolves.toBeDefined();
            continue;
          }
          const error = await failure(call);
          const expected = caller === 'anonymous' ? 'UNAUTHORIZED' : (row.refused?.[caller] ?? 'FORBIDDEN');
          expect(error.data?.code, `${caller} reading ${path}: ${error.message}`).toBe(expected);
        }
      }, 60_000);
    }
  });
}
