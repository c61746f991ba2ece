import * as z from 'zod';
import { PRODUCT_IDS } from './catalog-data.ts';

export {
  getProduct,
  gramsOf,
  type HarvestMonths,
  type Month,
  PRODUCT_IDS,
  PRODUCTS,
  type Product,
  type ProductId,
} from './catalog-data.ts';

/** A product id, parsed: one of `PRODUCT_IDS`. */
export const ProductIdSchema = z.enum(PRODUCT_IDS);
