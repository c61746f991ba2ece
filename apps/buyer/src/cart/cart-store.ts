import { addToCart, type Cart, type ProductId, setCartQuantity, type Unit } from '@nongsan/domain';
import { useSyncExternalStore } from 'react';

/**
 * One line of the buyer's cart with what the screens need to show it without asking the server again: the listing
 * as it was when added (price, minimum, cap, stock, shop and village). The server re-checks everything at "Đặt
 * hàng"; the checkout refreshes these facts before showing totals.
 */
export interface CartItem {
  readonly listingId: string;
  readonly shopId: string;
  readonly shopName: string;
  readonly villageId: string | null;
  readonly villageName: string;
  /**
   * The shop's commune today as the server keeps it, where its parcels leave from (the delivery zone). Absent in a
   * cart saved before the server sent it; the checkout refreshes it.
   */
  readonly communeCode?: string | null;
  readonly productId: ProductId;
  readonly title: string;
  readonly unit: Unit;
  readonly unitPrice: number;
  readonly minOrder: number;
  readonly perBuyerCap: number | null;
  readonly stock: number;
  readonly preOrder: boolean;
  /** Grams or pieces. */
  readonly quantity: number;
}

/** Kept in localStorage, so a cart survives closing the browser on a phone with little memory. */
export const CART_STORAGE_KEY = 'nongsan.buyer.cart.v1';

export type CartStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function isCartItem(value: unknown): value is CartItem {
  if (typeof value !== 'object' || value === null) return false;
  const item = value as Record<string, unknown>;
  return (
    typeof item.listingId === 'string' &&
    typeof item.shopId === 'string' &&
    typeof item.title === 'string' &&
    (item.unit === 'kg' || item.unit === 'piece') &&
    typeof item.unitPrice === 'number' &&
    typeof item.quantity === 'number' &&
    Number.isSafeInteger(item.quantity) &&
    item.quantity > 0
  );
}

/** The stored cart; anything unreadable (an old format, a hand-edited value) counts as an empty cart. */
export function readCart(storage: CartStorage | undefined): CartItem[] {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(CART_STORAGE_KEY) ?? '[]');
    return Array.isArray(parsed) ? parsed.filter(isCartItem) : [];
  } catch {
    return [];
  }
}

/** The domain's cart of these items: listings and quantities, in cart order. */
function asCart(items: readonly CartItem[]): Cart {
  return { lines: items.map(({ listingId, quantity }) => ({ listingId, quantity })) };
}

/** The items of a domain cart: each line with what the screens know of its listing (lines not known are dropped). */
function withFacts(next: Cart, facts: ReadonlyMap<string, CartItem>): CartItem[] {
  return next.lines.flatMap((line) => {
    const known = facts.get(line.listingId);
    return known ? [{ ...known, quantity: line.quantity }] : [];
  });
}

/**
 * The cart with `item` in it, by the domain's `addToCart`: a listing already there has its quantity raised (and
 * its facts replaced by the fresher ones), else the item is added at the end. A full cart (`MAX_CART_LINES`)
 * throws the domain's `cart.too_many_lines`.
 */
export function withItem(items: readonly CartItem[], item: CartItem): CartItem[] {
  const facts = new Map(items.map((line) => [line.listingId, line]));
  facts.set(item.listingId, item);
  return withFacts(addToCart(asCart(items), item), facts);
}

/** The cart with a listing's quantity set, by the domain's `setCartQuantity`; zero or less removes the line. */
export function withQuantity(items: readonly CartItem[], listingId: string, quantity: number): CartItem[] {
  if (!items.some((line) => line.listingId === listingId)) return [...items];
  const facts = new Map(items.map((line) => [line.listingId, line]));
  return withFacts(setCartQuantity(asCart(items), listingId, quantity), facts);
}

function browserCartStorage(): CartStorage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

const listeners = new Set<() => void>();
let snapshot: CartItem[] | null = null;

function current(): CartItem[] {
  snapshot ??= readCart(browserCartStorage());
  return snapshot;
}

function save(next: CartItem[]): void {
  snapshot = next;
  try {
    const storage = browserCartStorage();
    if (next.length === 0) storage?.removeItem(CART_STORAGE_KEY);
    else storage?.setItem(CART_STORAGE_KEY, JSON.stringify(next));
  } catch {
    // Storage full or blocked: the cart still works until the page is closed.
  }
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab changed the cart: read it again.
  const onStorage = (event: StorageEvent) => {
    if (event.key !== CART_STORAGE_KEY) return;
    snapshot = null;
    listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The cart and what changes it, shared by every screen (and kept in step with other tabs). */
export const cart = {
  items: current,
  add: (item: CartItem) => save(withItem(current(), item)),
  setQuantity: (listingId: string, quantity: number) => save(withQuantity(current(), listingId, quantity)),
  /** Replace what the cart knows of a listing (fresh price and stock), keeping the quantity. */
  refresh: (item: Omit<CartItem, 'quantity'>) =>
    save(
      current().map((line) =>
        line.listingId === item.listingId ? { ...item, quantity: line.quantity } : line,
      ),
    ),
  remove: (listingIds: readonly string[]) =>
    save(current().filter((line) => !listingIds.includes(line.listingId))),
  clear: () => save([]),
};

const NO_ITEMS: CartItem[] = [];

export function useCart(): CartItem[] {
  return useSyncExternalStore(subscribe, current, () => NO_ITEMS);
}
