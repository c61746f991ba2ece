import type { RouterOutputs } from '@nongsan/api';

export type OrderView = RouterOutputs['orders']['mine'][number];
export type OrderDetail = RouterOutputs['orders']['get'];
export type OrderEventView = OrderDetail['events'][number];
