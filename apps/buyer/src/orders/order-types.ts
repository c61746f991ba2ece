import type { RouterOutputs } from '@nongsan/api';

export type OrderView = RouterOutputs['orders']['mine']['items'][number];
export type OrderDetail = RouterOutputs['orders']['get'];
export type OrderEventView = OrderDetail['events'][number];
