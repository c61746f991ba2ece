import { PhoneSchema, typedText, VillageIdSchema } from '@nongsan/domain';
import * as z from 'zod';
import { AuthService } from '../services/auth-service.ts';
import { authedProcedure, publicProcedure, router } from '../trpc/init.ts';

/** At least 8 characters; long passphrases are welcome, but not megabytes of them. */
export const PasswordSchema = z.string().min(8).max(200);
const NameSchema = typedText({ min: 2, max: 80 });

export const RegisterInputSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('buyer'),
    phone: PhoneSchema,
    password: PasswordSchema,
    displayName: NameSchema,
  }),
  z.object({
    kind: z.literal('household'),
    phone: PhoneSchema,
    password: PasswordSchema,
    displayName: NameSchema,
    villageId: VillageIdSchema,
    head: NameSchema.nullable().default(null),
  }),
]);

export const LoginInputSchema = z.object({
  phone: PhoneSchema,
  // Any length is checked against the hash: a too-short password is simply wrong, not a validation error.
  password: z.string().min(1).max(200),
});

export const authRouter = router({
  register: publicProcedure.input(RegisterInputSchema).mutation(async ({ ctx, input }) => {
    const session = await new AuthService(ctx).register(input);
    ctx.session.set(session.token, session.expiresAt);
    return { user: session.user };
  }),
  login: publicProcedure.input(LoginInputSchema).mutation(async ({ ctx, input }) => {
    const session = await new AuthService(ctx).login(input.phone, input.password);
    ctx.session.set(session.token, session.expiresAt);
    return { user: session.user };
  }),
  logout: publicProcedure.mutation(async ({ ctx }) => {
    await new AuthService(ctx).logout(ctx.session.token);
    ctx.session.clear();
    return { ok: true as const };
  }),
  /** The signed-in user, or null: the apps ask this on start to know whether to show the sign-in page. */
  me: publicProcedure.query(({ ctx }) => ({ user: ctx.user })),
  /** The same, but UNAUTHORIZED when signed out (for clients that prefer an error). */
  whoami: authedProcedure.query(({ ctx }) => ctx.user),
});
