import type { AppRouter } from '@nongsan/server';
import type { inferRouterOutputs } from '@trpc/server';

type Outputs = inferRouterOutputs<AppRouter>;
export type OrderView = Outputs['orders']['mine'][number];
export type OrderDetail = Outputs['orders']['get'];
export type OrderEventView = OrderDetail['events'][number];
