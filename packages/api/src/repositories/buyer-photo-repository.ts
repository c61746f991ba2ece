import type { BuyerPhotoRow, Database } from '@nongsan/db';
import type { BuyerPhoto } from '@nongsan/domain';
import type { Kysely } from 'kysely';

function toPhoto(row: BuyerPhotoRow): BuyerPhoto {
  return {
    key: row.key,
    buyerId: row.buyer_id,
    uploadedAt: new Date(row.uploaded_at),
    attachedTo: row.attached_to,
  };
}

/** Buyers' uploaded photos: who uploaded each, and what it was attached to. */
export class BuyerPhotoRepository {
  constructor(private readonly db: Kysely<Database>) {}

  async insert(key: string, buyerId: string, at: Date): Promise<void> {
    await this.db
      .insertInto('buyer_photos')
      .values({ key, buyer_id: buyerId, uploaded_at: at.toISOString(), attached_to: null, attached_at: null })
      .execute();
  }

  async find(key: string): Promise<BuyerPhoto | null> {
    const row = await this.db
      .selectFrom('buyer_photos')
      .selectAll()
      .where('key', '=', key)
      .executeTakeFirst();
    return row ? toPhoto(row) : null;
  }

  /** Attaches the photo, if it was not attached meanwhile; false otherwise. */
  async attach(key: string, buyerId: string, to: string, at: Date): Promise<boolean> {
    const result = await this.db
      .updateTable('buyer_photos')
      .set({ attached_to: to, attached_at: at.toISOString() })
      .where('key', '=', key)
      .where('buyer_id', '=', buyerId)
      .where('attached_to', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }
}
