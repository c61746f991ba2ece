import {
  formatProblem,
  type ListingInput,
  type Locale,
  type ProductId,
  parseQuantityText,
  type Unit,
} from '@nongsan/domain';

/** The listing form's boxes, as typed. */
export interface ListingFormText {
  readonly productId: ProductId | '';
  readonly title: string;
  readonly description: string;
  readonly price: string;
  readonly stock: string;
  readonly minOrder: string;
  readonly harvestFrom: string;
  readonly harvestUntil: string;
  /** '' for none, else '1' to '5' (the OCOP stars chosen). */
  readonly ocopStars: string;
  readonly confirmPrice: boolean;
}

/**
 * "28.000" or "28 000" as typed → 28000; "2,5" → 2.5. An empty field is left out of what is sent (undefined), so the
 * server answers "please fill this in" rather than a wrong-type message.
 */
export function parseNumber(text: string): number | undefined {
  const cleaned = text.trim().replace(/[\s.]/g, '').replace(',', '.');
  return cleaned === '' ? undefined : Number(cleaned);
}

/**
 * What the form sends, and what its quantity boxes say when they are not quantities. "1.500" is 1.500 kg and "1,5"
 * is 1,5 kg, as everywhere (the domain's `parseQuantityText`); a box that is not a quantity is sent as missing, so
 * the server (which refuses a listing without stock or minimum) names every other mistake of the form in the same
 * answer, in the form's order, and `typedNow` says beside the box what is wrong with what was typed.
 */
export function listingInputFrom(
  text: ListingFormText,
  photoKeys: readonly string[],
  unit: Unit,
  locale: Locale,
): { input: ListingInput; typedNow: { stock?: string; minOrder?: string } } {
  const stockRead = parseQuantityText(text.stock, unit, { allowZero: true, path: ['listing', 'stock'] });
  const minRead = parseQuantityText(text.minOrder, unit, { path: ['listing', 'minOrder'] });
  const typedNow = {
    ...(stockRead.ok ? {} : { stock: formatProblem(stockRead.error, locale) }),
    ...(minRead.ok ? {} : { minOrder: formatProblem(minRead.error, locale) }),
  };
  const { harvestFrom, harvestUntil } = text;
  const input = {
    productId: text.productId as ProductId,
    title: text.title,
    description: text.description,
    // An empty number is sent as missing: the server's check names the field (see parseNumber).
    unitPrice: parseNumber(text.price) as number,
    stock: (stockRead.ok ? stockRead.quantity : undefined) as number,
    minOrder: (minRead.ok ? minRead.quantity : undefined) as number,
    harvest: harvestFrom || harvestUntil ? { from: harvestFrom, until: harvestUntil || harvestFrom } : null,
    ocopStars: text.ocopStars === '' ? null : Number(text.ocopStars),
    photos: [...photoKeys],
    confirmUnusualPrice: text.confirmPrice,
  };
  return { input, typedNow };
}
