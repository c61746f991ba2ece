import * as z from 'zod';
import { PushDevicesService } from '../services/push-devices-service.ts';
import { publicProcedure, roleProcedure, router } from '../trpc/init.ts';

/** base64url, as `PushSubscription.toJSON().keys` gives the device's keys. */
const Base64Url = (min: number, max: number) =>
  z
    .string()
    .min(min)
    .max(max)
    .regex(/^[A-Za-z0-9_-]+$/);

const DeviceSchema = z.object({
  endpoint: z.url({ protocol: /^https$/ }).max(2000),
  keys: z.object({
    // An uncompressed P-256 point (65 bytes) and a 16-byte secret.
    p256dh: Base64Url(86, 88),
    auth: Base64Url(22, 24),
  }),
  device: z.string().trim().max(100).default(''),
});

/** Push alerts on a seller's phone: the server's public key, and turning them on or off for this device. */
export const pushRouter = router({
  /** The VAPID public key the browser subscribes with; null when this server sends no push alerts. */
  publicKey: publicProcedure.query(({ ctx }) => ({ key: ctx.config.pushPublicKey ?? null })),

  /** This device (of a household's login or of a helper) gets alerts about the orders of the shops it acts for. */
  subscribe: roleProcedure('seller', 'helper')
    .input(DeviceSchema)
    .mutation(({ ctx, input }) =>
      new PushDevicesService(ctx).subscribe(ctx.user.id, {
        endpoint: input.endpoint,
        p256dh: input.keys.p256dh,
        auth: input.keys.auth,
        label: input.device,
      }),
    ),

  /** This device gets no more alerts (only the caller's own subscription is removed). */
  unsubscribe: roleProcedure('seller', 'helper')
    .input(z.object({ endpoint: z.string().max(2000) }))
    .mutation(({ ctx, input }) => new PushDevicesService(ctx).unsubscribe(ctx.user.id, input.endpoint)),
});
