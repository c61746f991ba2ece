/** The id of an order page's payment screen: the orders list links to `/orders/:id#thanh-toan` while one is due. */
export const PAYMENT_ANCHOR = 'thanh-toan';
