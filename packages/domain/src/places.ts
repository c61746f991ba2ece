import * as z from 'zod';

/**
 * Delivery zones, seen from the seller: `local` is the communes of the former Bắc Sơn district, `province` the rest
 * of Lạng Sơn, `elsewhere` the rest of Vietnam. Zones are lists of communes, never districts (which no longer exist
 * since the 2025 reform).
 */
export const DeliveryZoneSchema = z.enum(['local', 'province', 'elsewhere']);
export type DeliveryZone = z.infer<typeof DeliveryZoneSchema>;
