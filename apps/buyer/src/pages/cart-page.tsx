import { getProduct } from '@nongsan/domain';
import { AppBar, format, ImageBox, Notice, Page, useLocale } from '@nongsan/ui';
import { Link } from 'wouter';
import { cart, useCart } from '../cart/cart-store.ts';
import { itemValue, lineIssue, previewCart } from '../cart/shop-orders.ts';
import { TotalsList } from '../cart/totals-list.tsx';
import { lineIssueText } from '../line-issue-text.ts';
import { QuantityInput } from '../quantity-input.tsx';

/** Before an address is known, delivery is priced to xã Bắc Sơn, where most district buyers are. */
export const ESTIMATE_COMMUNE = '06325';

/**
 * The cart across shops, grouped as the orders it becomes (one per shop), each with its delivery fee and total,
 * and every quantity checked against the listing's minimum, per-buyer limit and stock before checkout.
 */
export default function CartPage() {
  const { t, locale } = useLocale();
  const items = useCart();
  const { orders, totals } = previewCart(items, ESTIMATE_COMMUNE);
  const blocked = items.some((item) => lineIssue(item) !== null);

  return (
    <>
      <AppBar title={t('buyer.cart.title')} />
      <Page heading={t('buyer.cart.title')}>
        {items.length === 0 ? (
          <>
            <p className="ns-muted">{t('buyer.cart.empty')}</p>
            <Link href="/" className="ns-button">
              {t('buyer.cart.browse')}
            </Link>
          </>
        ) : (
          <>
            <p className="ns-muted">{t('buyer.cart.perShop')}</p>
            {orders.map((order, index) => (
              <section key={order.shopId} className="buyer-shop" aria-label={order.shopName}>
                <h3 className="buyer-shop__title">
                  {t('buyer.cart.order', { n: index + 1, shop: order.shopName })}
                </h3>
                <p className="ns-muted">{order.villageName}</p>
                <ul className="buyer-lines">
                  {order.items.map((item) => {
                    const product = getProduct(item.productId);
                    return (
                      <li key={item.listingId} className="buyer-line">
                        <div className="buyer-line__head">
                          <ImageBox
                            src={undefined}
                            alt={product.name[locale]}
                            fallbackIcon={product.icon}
                            productId={product.id}
                            size={48}
                          />
                          <div className="ns-card__body">
                            <span className="ns-card__title">{item.title}</span>
                            <span className="ns-muted">
                              {format.unitPrice(item.unitPrice, item.unit, locale)}
                            </span>
                            <span className="ns-muted buyer-line__limits">
                              {[
                                t('listing.minOrder', {
                                  quantity: format.quantity(item.minOrder, item.unit, locale),
                                }),
                                ...(item.perBuyerCap !== null
                                  ? [
                                      t('buyer.listing.cap', {
                                        quantity: format.quantity(item.perBuyerCap, item.unit, locale),
                                      }),
                                    ]
                                  : []),
                              ].join(' · ')}
                            </span>
                          </div>
                        </div>
                        <QuantityInput
                          name={`quantity-${item.listingId}`}
                          value={item.quantity}
                          unit={item.unit}
                          min={item.minOrder}
                          onChange={(quantity) => cart.setQuantity(item.listingId, quantity)}
                          error={lineIssueText(lineIssue(item), item.unit, locale, t)}
                        />
                        <div className="buyer-line__foot">
                          <button
                            type="button"
                            className="ns-button buyer-line__remove"
                            onClick={() => cart.setQuantity(item.listingId, 0)}
                          >
                            {t('buyer.cart.remove')}
                          </button>
                          <p className="buyer-value">{format.money(itemValue(item))}</p>
                        </div>
                      </li>
                    );
                  })}
                </ul>
                <TotalsList totals={order.totals} totalLabel={t('buyer.totals.orderTotal')} />
              </section>
            ))}
            <TotalsList totals={totals} totalLabel={t('buyer.totals.total', { count: orders.length })} />
            <p className="ns-muted">{t('buyer.cart.estimate')}</p>
            {blocked ? <Notice tone="error">{t('buyer.cart.fixFirst')}</Notice> : null}
            {blocked ? (
              <button type="button" className="ns-button ns-button--primary" disabled>
                {t('buyer.cart.checkout')}
              </button>
            ) : (
              <Link href="/checkout" className="ns-button ns-button--primary">
                {t('buyer.cart.checkout')}
              </Link>
            )}
          </>
        )}
      </Page>
    </>
  );
}
