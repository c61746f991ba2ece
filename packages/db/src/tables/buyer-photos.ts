import type { Selectable } from 'kysely';
import type { Id, UtcTimeText } from '../column-types.ts';

/**
 * A photo a buyer uploaded (`POST /photos`), for a review or a complaint. Until `attached_to` is set the file waits
 * where nobody else can fetch it, and only `buyer_id` may attach it, once.
 */
export interface BuyerPhotosTable {
  /** The photo's key: its file name, and its address under `/photos/` once attached. */
  key: string;
  buyer_id: Id;
  uploaded_at: UtcTimeText;
  /** What it belongs to: `review:<orderId>` or `complaint:<id>`; null while it waits. */
  attached_to: string | null;
  attached_at: UtcTimeText | null;
}

export type BuyerPhotoRow = Selectable<BuyerPhotosTable>;
