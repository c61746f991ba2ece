import {
  actsForShop,
  CommuneCodeSchema,
  DomainError,
  HouseholdIdSchema,
  ListingInputSchema,
  ListingStatusActionSchema,
  ListingStatusSchema,
  ProductIdSchema,
  problem,
  StockChangeSchema,
  VillageIdSchema,
} from '@nongsan/domain';
import * as z from 'zod';
import { type AuthedContext, actingForHousehold, actorFor } from '../actors.ts';
import { PhotoStore } from '../photos/photo-store.ts';
import { ListingService } from '../services/listing-service.ts';
import type { Context } from '../trpc/context.ts';
import { publicProcedure, roleProcedure, router } from '../trpc/init.ts';
import { pageInput } from './page-input.ts';

const ListingIdSchema = z.string().min(1).max(64);
const PriceSchema = z.number().int().min(0).max(10_000_000_000);
const sellerOrHelper = roleProcedure('seller', 'helper');
/**
 * A listing step a seller may make without a signal and send later (apps/seller's queue): the key it was made with
 * (letters, digits, '-' and '_': sent again, it is applied once) and the status the seller saw, or the listing's
 * version, it was made against (changed since: refused, saying so). Orders moving the stock bump the version but
 * not the status, so the phone sends the status.
 */
const SentLater = z.object({
  idempotencyKey: z
    .string()
    .regex(/^[A-Za-z0-9_-]{8,64}$/)
    .optional(),
  expectedVersion: z.number().int().min(1).optional(),
  expectedStatus: ListingStatusSchema.optional(),
});

function listingService(ctx: Context): ListingService {
  return new ListingService(ctx, new PhotoStore(ctx.config.photosDir));
}

/**
 * Who changes an existing listing: its shop's seller, or a helper who names the listing's household and has it
 * assigned. Unknown listing: NOT_FOUND, before anything else.
 */
async function actingForListing(ctx: AuthedContext, listingId: string, householdId: string | undefined) {
  const shopId = await listingService(ctx).shopOf(listingId);
  const acting = await actingForHousehold(ctx, householdId);
  if (acting.householdId !== shopId) throw new DomainError('listing.forbidden', {}, ['listingId']);
  return acting;
}

export const listingsRouter = router({
  create: sellerOrHelper
    .input(
      z.object({
        householdId: HouseholdIdSchema.optional(),
        listing: ListingInputSchema,
        /** Put it on sale at once (otherwise a draft). */
        publish: z.boolean().default(false),
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { actor, householdId } = await actingForHousehold(ctx, input.householdId);
      return listingService(ctx).create(actor, householdId, input);
    }),

  update: sellerOrHelper
    .input(
      z.object({
        listingId: ListingIdSchema,
        householdId: HouseholdIdSchema.optional(),
        /** The version the form was loaded at: a newer change elsewhere is not overwritten (`listing.stale`). */
        expectedVersion: z.number().int().min(1).optional(),
        listing: ListingInputSchema,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { actor } = await actingForListing(ctx, input.listingId, input.householdId);
      return listingService(ctx).update(actor, input);
    }),

  setStatus: sellerOrHelper
    .input(
      z.object({
        listingId: ListingIdSchema,
        householdId: HouseholdIdSchema.optional(),
        action: ListingStatusActionSchema,
        ...SentLater.shape,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { actor } = await actingForListing(ctx, input.listingId, input.householdId);
      return listingService(ctx).setStatus(actor, input.listingId, input.action, {
        idempotencyKey: input.idempotencyKey,
        expectedVersion: input.expectedVersion,
        expectedStatus: input.expectedStatus,
      });
    }),

  /**
   * How much is left to sell, on its own (the seller's count; the status follows). Sent later from a phone, with
   * its key and the stock the seller saw (`expectedStock`): applied once, and only if the stock is still that.
   */
  setStock: sellerOrHelper
    .input(
      z.object({
        listingId: ListingIdSchema,
        householdId: HouseholdIdSchema.optional(),
        ...StockChangeSchema.shape,
        idempotencyKey: SentLater.shape.idempotencyKey,
      }),
    )
    .mutation(async ({ ctx, input }) => {
      const { actor } = await actingForListing(ctx, input.listingId, input.householdId);
      return listingService(ctx).setStock(
        actor,
        input.listingId,
        { stock: input.stock, expectedStock: input.expectedStock },
        { idempotencyKey: input.idempotencyKey },
      );
    }),

  /** A page of the shop's listings, the latest change first. */
  mine: sellerOrHelper
    .input(z.object({ householdId: HouseholdIdSchema.optional(), ...pageInput(50) }))
    .query(async ({ ctx, input }) => {
      const { householdId } = await actingForHousehold(ctx, input.householdId);
      return listingService(ctx).mine(householdId, input);
    }),

  search: publicProcedure
    .input(
      z
        .object({
          query: z.string().max(200).default(''),
          productId: ProductIdSchema.optional(),
          villageId: VillageIdSchema.optional(),
          communeCode: CommuneCodeSchema.optional(),
          inSeasonNow: z.boolean().default(false),
          minPrice: PriceSchema.optional(),
          maxPrice: PriceSchema.optional(),
          page: z.number().int().min(1).max(10_000).default(1),
          pageSize: z.number().int().min(1).max(100).default(20),
          /** The previous page's `nextCursor`: the page after it. */
          cursor: z.string().min(1).max(400).optional(),
        })
        .superRefine(({ minPrice, maxPrice }, ctx) => {
          if (minPrice === undefined || maxPrice === undefined || minPrice <= maxPrice) return;
          // A reversed range would find nothing and look like "no listings"; say what is wrong instead.
          ctx.addIssue({
            code: 'custom',
            path: ['minPrice'],
            input: minPrice,
            message: 'listing.price_range_reversed',
            ...problem('listing.price_range_reversed', { min: minPrice, max: maxPrice }),
          });
        })
        .default({ query: '', inSeasonNow: false, page: 1, pageSize: 20 }),
    )
    .query(({ ctx, input }) => listingService(ctx).search(input)),

  /** Where a listing's produce comes from (public): its origin page and QR label. */
  origin: publicProcedure
    .input(z.object({ listingId: ListingIdSchema }))
    .query(({ ctx, input }) => listingService(ctx).origin(input.listingId)),
  get: publicProcedure.input(z.object({ listingId: ListingIdSchema })).query(({ ctx, input }) =>
    listingService(ctx).get(input.listingId, async (shopId) => {
      const user = ctx.user;
      if (!user || (user.role !== 'seller' && user.role !== 'helper')) return false;
      return actsForShop(await actorFor({ ...ctx, user }), shopId);
    }),
  ),
});
