import type { SelectType } from 'kysely';
import type { Database, TableName } from './database.ts';

/** Whether a column may hold null, as its interface in `Database` says. */
type Nullability<Column> = null extends SelectType<Column> ? 'nullable' : 'not null';

/** Every column of every table with its nullability: the compiler rejects a missing, extra or wrong entry. */
type TableColumns = {
  readonly [T in TableName]: { readonly [C in keyof Database[T] & string]: Nullability<Database[T][C]> };
};

/**
 * The schema as data: every table (parents before the tables that point at them) and its columns. It lets a test
 * compare the hand-written `Database` interface with what the migrations built, and lets tools walk every table
 * (a dump before and after a test, a cleanup) without a second list to forget.
 */
export const TABLE_COLUMNS: TableColumns = {
  villages: {
    id: 'not null',
    name: 'not null',
    legacy_commune_code: 'not null',
    current_commune_code: 'not null',
    name_is_invented: 'not null',
  },
  households: {
    id: 'not null',
    village_id: 'not null',
    head_name: 'not null',
    is_lead: 'not null',
    adoption_stage: 'not null',
    helper_id: 'nullable',
    created_at: 'not null',
  },
  users: {
    id: 'not null',
    phone: 'not null',
    password_hash: 'nullable',
    role: 'not null',
    household_id: 'nullable',
    village_id: 'nullable',
    team_role: 'nullable',
    display_name: 'not null',
    created_at: 'not null',
    disabled_at: 'nullable',
  },
  sessions: { id: 'not null', user_id: 'not null', created_at: 'not null', expires_at: 'not null' },
  login_attempts: {
    phone: 'not null',
    failures: 'not null',
    first_failed_at: 'not null',
    last_failed_at: 'not null',
    locked_until: 'nullable',
  },
  household_members: {
    id: 'not null',
    household_id: 'not null',
    name: 'not null',
    birth_year: 'not null',
    has_smartphone: 'not null',
  },
  payment_accounts: {
    id: 'not null',
    household_id: 'not null',
    kind: 'not null',
    provider: 'not null',
    account_number: 'not null',
    holder_name: 'nullable',
    is_default: 'not null',
    created_at: 'not null',
    created_by: 'not null',
  },
  helper_assignments: {
    id: 'not null',
    helper_id: 'not null',
    household_id: 'not null',
    assigned_by: 'not null',
    assigned_at: 'not null',
    ended_at: 'nullable',
  },
  shops: {
    id: 'not null',
    name: 'not null',
    description: 'not null',
    status: 'not null',
    opened_at: 'not null',
    opened_by: 'not null',
    updated_at: 'not null',
    accepts_cash_on_delivery: 'not null',
  },
  listings: {
    id: 'not null',
    shop_id: 'not null',
    product_id: 'not null',
    title: 'not null',
    description: 'not null',
    unit_price: 'not null',
    stock: 'not null',
    min_order: 'not null',
    per_buyer_cap: 'nullable',
    harvest_from: 'nullable',
    harvest_until: 'nullable',
    status: 'not null',
    search_text: 'not null',
    search_words: 'not null',
    pre_order_from: 'not null',
    sell_from: 'not null',
    sell_until: 'not null',
    version: 'not null',
    created_at: 'not null',
    updated_at: 'not null',
  },
  listing_photos: {
    id: 'not null',
    listing_id: 'not null',
    file_name: 'not null',
    content_type: 'not null',
    byte_size: 'not null',
    position: 'not null',
    created_at: 'not null',
  },
  listing_search_words: {
    listing_id: 'not null',
    word: 'not null',
  },
  orders: {
    id: 'not null',
    checkout_id: 'not null',
    shop_id: 'not null',
    buyer_id: 'not null',
    status: 'not null',
    zone: 'not null',
    delivery_address: 'not null',
    delivery_phone: 'not null',
    note: 'nullable',
    subtotal: 'not null',
    delivery_fee: 'not null',
    total: 'not null',
    payment_method: 'not null',
    paid_amount: 'nullable',
    paid_at: 'nullable',
    tracking_code: 'nullable',
    close_reason: 'nullable',
    placed_at: 'not null',
    confirm_by: 'not null',
    updated_at: 'not null',
    version: 'not null',
  },
  order_lines: {
    id: 'not null',
    order_id: 'not null',
    listing_id: 'not null',
    product_id: 'not null',
    title: 'not null',
    unit: 'not null',
    unit_price: 'not null',
    quantity_ordered: 'not null',
    quantity_packed: 'nullable',
    line_total: 'not null',
    pre_order: 'not null',
    position: 'not null',
  },
  order_events: {
    id: 'not null',
    order_id: 'not null',
    at: 'not null',
    actor_kind: 'not null',
    actor_user_id: 'nullable',
    acting_for_household_id: 'nullable',
    kind: 'not null',
    from_status: 'nullable',
    to_status: 'not null',
    details: 'not null',
  },
  idempotency_keys: {
    buyer_id: 'not null',
    key: 'not null',
    request_hash: 'not null',
    response: 'nullable',
    created_at: 'not null',
  },
  audit_log: {
    id: 'not null',
    actor_user_id: 'not null',
    household_id: 'nullable',
    action: 'not null',
    details: 'not null',
    at: 'not null',
  },
};

/** Every table, parents before the tables whose foreign keys point at them (households and users point at each
 * other: clear `households.helper_id` before deleting users). */
export const TABLE_NAMES = Object.keys(TABLE_COLUMNS) as TableName[];
