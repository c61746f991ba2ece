/**
 * Text that hides something — a right-to-left override, a lone surrogate, nothing but zero-width characters — is
 * refused wherever a person types what others read (the domain's one rule, `typedText`), with the field and a
 * Vietnamese message, and changes nothing in the database.
 */
import { DIALECTS } from '@nongsan/db/testing';
import { describe, expect, it } from 'vitest';
import { failure } from './failure.ts';
import { type Person, useTestServer } from './harness.ts';

const dragonFruit = {
  productId: 'dragon-fruit' as const,
  title: 'Thanh long ruột đỏ Long Đống',
  unitPrice: 28_000,
  stock: 50_000,
  minOrder: 1_000,
};

for (const dialect of DIALECTS) {
  describe(`hidden text (${dialect})`, () => {
    const server = useTestServer(dialect);
    let seller: Person | undefined;
    const theSeller = async () => {
      if (!seller) {
        seller = await server.current.registerHousehold();
        await seller.client.shop.open.mutate({ name: 'Vườn nhà Thắng' });
      }
      return seller;
    };

    const cases: { what: string; path: string[]; call: (s: Person) => Promise<unknown> }[] = [
      {
        what: 'a shop name with a right-to-left override',
        path: ['name'],
        call: (s) => s.client.shop.update.mutate({ name: 'Vườn \u202Egnăht àhn' }),
      },
      {
        what: 'a shop description with a lone surrogate',
        path: ['description'],
        call: (s) => s.client.shop.update.mutate({ description: 'Thanh long ngon \uD83C' }),
      },
      {
        what: 'a listing title of zero-width spaces only',
        path: ['listing', 'title'],
        call: (s) =>
          s.client.listings.create.mutate({ listing: { ...dragonFruit, title: '\u200B'.repeat(12) } }),
      },
      {
        what: 'a listing description with an isolate',
        path: ['listing', 'description'],
        call: (s) =>
          s.client.listings.create.mutate({
            listing: { ...dragonFruit, description: 'Giá \u2067000.82\u2069 đồng' },
          }),
      },
      {
        what: "a buyer's name with a right-to-left override",
        path: ['displayName'],
        call: (s) =>
          server.current.person().client.auth.register.mutate({
            kind: 'buyer',
            phone: '0912345678',
            password: 'mat-khau-123',
            displayName: `Lan \u202E${s.phone}`,
          }),
      },
    ];

    for (const { what, path, call } of cases) {
      it(`refuses ${what}, saying so in Vietnamese, changing nothing`, async () => {
        const s = await theSeller();
        const before = await server.current.dbDump();
        const error = await failure(call(s));
        expect(error.data?.code).toBe('BAD_REQUEST');
        const problem = error.data?.problems.find((p) => p.code === 'text.hidden_characters');
        expect(problem?.path).toEqual(path);
        expect(problem?.vi).toMatch(/ký tự ẩn/);
        expect(await server.current.dbDump()).toEqual(before);
      });
    }

    it('still takes ordinary Vietnamese with emoji', async () => {
      const s = await theSeller();
      const shop = await s.client.shop.update.mutate({ name: 'Vườn nhà Thắng 🍉' });
      expect(shop.name).toBe('Vườn nhà Thắng 🍉');
    });
  });
}
