import type { MessageTable } from './table.ts';

/** The catalog of products. */
export const catalogMessages = {
  'catalog.unknown_product': {
    vi: 'Không có sản phẩm “{id}” trong danh mục.',
    en: 'There is no product “{id}” in the catalog.',
  },
} as const satisfies MessageTable;
