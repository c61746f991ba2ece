import { formatPhone, isDomainError, type PaymentMethod, parsePhone } from '@nongsan/domain';
import {
  AppBar,
  CardListSkeleton,
  clientProblem,
  forgetSavedData,
  format,
  formErrorsFrom,
  Notice,
  Page,
  problemText,
  SubmitButton,
  useLocale,
  useSubmitGuard,
} from '@nongsan/ui';
import { useMutation, useQueries, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { cartFacts, factsChanged } from '../cart/cart-facts.ts';
import { cart, useCart } from '../cart/cart-store.ts';
import { lineIssue, previewCart } from '../cart/shop-orders.ts';
import { TotalsList } from '../cart/totals-list.tsx';
import { AccountForm } from '../checkout/account-form.tsx';
import { AddressFields } from '../checkout/address-fields.tsx';
import {
  checkoutKey,
  forgetCheckoutKey,
  sendWithRetries,
  sessionAttemptStorage,
} from '../checkout/checkout-attempt.ts';
import { forgetCheckoutDraft, readCheckoutDraft, saveCheckoutDraft } from '../checkout/checkout-draft.ts';
import {
  type AddressDraft,
  EMPTY_ADDRESS,
  missingAddressFields,
  readSavedAddress,
  saveAddress,
  toAddress,
} from '../checkout/delivery-address.ts';
import { useTRPC } from '../trpc.ts';
import { ESTIMATE_COMMUNE } from './cart-page.tsx';

/** The way a shop's order is paid: the buyer's choice while the shop takes it, else the first the shop takes. */
function methodFor(
  offered: readonly PaymentMethod[],
  chosen: PaymentMethod | undefined,
): PaymentMethod | null {
  return chosen && offered.includes(chosen) ? chosen : (offered[0] ?? null);
}

/** One group of ways to pay (one shop's, or every shop's when they all take the same). */
function PaymentChoice({
  name,
  legend,
  offered,
  value,
  onChange,
}: {
  name: string;
  legend: string;
  offered: readonly PaymentMethod[];
  value: PaymentMethod | null;
  onChange: (method: PaymentMethod) => void;
}) {
  const { t } = useLocale();
  return (
    <fieldset className="buyer-pay-choice">
      <legend>{legend}</legend>
      {offered.length === 0 ? <Notice tone="error">{t('buyer.pay.noWay')}</Notice> : null}
      {offered.map((method) => (
        <label key={method} className="ns-check">
          <input
            type="radio"
            name={name}
            value={method}
            checked={value === method}
            onChange={() => onChange(method)}
          />
          {t(`buyer.payment.${method}`)}
        </label>
      ))}
    </fieldset>
  );
}

function AccountStep() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t } = useLocale();
  const me = useQuery(trpc.auth.me.queryOptions());
  const logout = useMutation(trpc.auth.logout.mutationOptions());
  if (me.isPending) return <CardListSkeleton count={1} label={t('state.loading')} />;
  const user = me.data?.user ?? null;
  if (!user) return <AccountForm />;
  const signOut = async () => {
    await logout.mutateAsync();
    queryClient.setQueryData(trpc.auth.me.queryKey(), { user: null });
    queryClient.removeQueries({ queryKey: trpc.orders.mine.pathKey() });
    void forgetSavedData();
  };
  return (
    <>
      {user.role === 'buyer' ? (
        <p>{t('buyer.checkout.signedInAs', { name: user.displayName, phone: formatPhone(user.phone) })}</p>
      ) : (
        <Notice tone="error">{t('buyer.checkout.notBuyer')}</Notice>
      )}
      <button type="button" className="ns-button" onClick={() => void signOut()}>
        {t('buyer.checkout.otherAccount')}
      </button>
    </>
  );
}

/**
 * Checkout: account (made here if need be), delivery address, payment, and the orders with their fees and totals
 * as the domain prices them. "Đặt hàng" sends one idempotency key for this checkout and retries with it when the
 * connection drops, behind a guard that ignores a second tap: the buyer gets one set of orders, however flaky the
 * network.
 */
export default function CheckoutPage() {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { t, locale } = useLocale();
  const [, navigate] = useLocation();
  const items = useCart();
  const me = useQuery(trpc.auth.me.queryOptions());
  const user = me.data?.user ?? null;
  // What was typed and not placed yet comes back after a reload or Back; else the last address used.
  const [kept] = useState(() => readCheckoutDraft());
  const [draft, setDraft] = useState<AddressDraft>(
    () => kept?.address ?? readSavedAddress() ?? EMPTY_ADDRESS,
  );
  const [chosenMethods, setChosenMethods] = useState<Record<string, PaymentMethod>>(() => ({
    ...kept?.methods,
  }));
  const [note, setNote] = useState(kept?.note ?? '');
  useEffect(() => {
    saveCheckoutDraft({ address: draft, note, methods: chosenMethods });
  }, [draft, note, chosenMethods]);
  const [fieldErrors, setFieldErrors] = useState<Partial<Record<keyof AddressDraft, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [retrying, setRetrying] = useState(false);
  const { submit, pending } = useSubmitGuard();
  const place = useMutation(trpc.orders.place.mutationOptions());
  // Prices, stock and limits as they are now (one batched request), so the totals shown are what will be charged.
  const fresh = useQueries({
    queries: items.map((item) =>
      trpc.listings.get.queryOptions({ listingId: item.listingId }, { staleTime: 0 }),
    ),
  });
  useEffect(() => {
    for (const query of fresh) {
      const listing = query.data;
      const item = listing && items.find((line) => line.listingId === listing.id);
      if (listing && item && factsChanged(item, listing)) cart.refresh(cartFacts(listing));
    }
  }, [fresh, items]);

  // The phone to call defaults to the account's, once there is one.
  const phone = draft.phone || user?.phone || '';
  const address = { ...draft, phone };
  const { orders, totals } = previewCart(items, draft.communeCode || ESTIMATE_COMMUNE);
  // The ways each shop takes now (the domain's rule, as the server applies it when placing).
  const shops = useQueries({
    queries: orders.map((order) => trpc.shop.get.queryOptions({ shopId: order.shopId }, { staleTime: 0 })),
  });
  const offeredBy = new Map(
    orders.flatMap((order, i) => {
      const methods = shops[i]?.data?.paymentMethods;
      return methods ? [[order.shopId, methods] as const] : [];
    }),
  );
  const shopsKnown = offeredBy.size === orders.length;
  const methods = new Map(
    orders.map((order) => [
      order.shopId,
      methodFor(offeredBy.get(order.shopId) ?? [], chosenMethods[order.shopId]),
    ]),
  );
  // Shops that all take the same ways get one choice for every order; otherwise each order has its own.
  const sameWays = new Set(orders.map((order) => (offeredBy.get(order.shopId) ?? []).join(','))).size === 1;
  const chooseForAll = (method: PaymentMethod) =>
    setChosenMethods((old) => ({ ...old, ...Object.fromEntries(orders.map((o) => [o.shopId, method])) }));

  if (items.length === 0) {
    return (
      <>
        <AppBar title={t('buyer.checkout.title')} />
        <Page heading={t('buyer.checkout.title')}>
          <p className="ns-muted">{t('buyer.cart.empty')}</p>
          <Link href="/" className="ns-button">
            {t('buyer.cart.browse')}
          </Link>
        </Page>
      </>
    );
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    // Decide everything that can be known here before the guard: a tap with a gap in the form sends nothing.
    setFormError(null);
    if (user?.role !== 'buyer') {
      setFormError(t('buyer.checkout.accountFirst'));
      return;
    }
    const errors: Partial<Record<keyof AddressDraft, string>> = {};
    for (const field of missingAddressFields(address))
      errors[field] = problemText(clientProblem('validation.required', [field]), locale);
    let callPhone = phone;
    if (!errors.phone) {
      try {
        callPhone = parsePhone(phone);
      } catch (error) {
        if (!isDomainError(error)) throw error;
        errors.phone = problemText(clientProblem(error.code, ['phone'], error.params), locale);
      }
    }
    setFieldErrors(errors);
    if (Object.keys(errors).length > 0) return;
    if (items.some((item) => lineIssue(item) !== null)) {
      setFormError(t('buyer.cart.fixFirst'));
      return;
    }
    const paymentMethods: Record<string, PaymentMethod> = {};
    for (const [shopId, method] of methods) if (method) paymentMethods[shopId] = method;
    if (!shopsKnown || Object.keys(paymentMethods).length !== orders.length) {
      setFormError(t('buyer.pay.noWay'));
      return;
    }

    const body = {
      lines: items.map((item) => ({ listingId: item.listingId, quantity: item.quantity })),
      deliveryAddress: toAddress(address),
      paymentMethods,
      // The phone to call is a field of the order (the seller and the post read it); the note is only what the
      // buyer wrote.
      deliveryPhone: callPhone,
      note: note.trim() || null,
    };
    void submit(async () => {
      setRetrying(false);
      const storage = sessionAttemptStorage();
      const idempotencyKey = checkoutKey(storage, body);
      try {
        const result = await sendWithRetries(
          () => place.mutateAsync({ ...body, idempotencyKey }),
          undefined,
          undefined,
          () => setRetrying(true),
        );
        forgetCheckoutKey(storage);
        forgetCheckoutDraft();
        saveAddress(address);
        cart.remove(body.lines.map((line) => line.listingId));
        // The orders just placed head the first page of the buyer's orders already shown (newest first).
        queryClient.setQueryData(trpc.orders.mine.infiniteQueryKey({}), (old) =>
          old
            ? {
                ...old,
                pages: old.pages.map((page, i) =>
                  i === 0
                    ? {
                        ...page,
                        items: [
                          ...result.orders,
                          ...page.items.filter((o) => !result.orders.some((placed) => placed.id === o.id)),
                        ],
                      }
                    : page,
                ),
              }
            : old,
        );
        navigate(`/orders?placed=${result.orders.map((o) => o.id).join(',')}`);
      } catch (error) {
        setRetrying(false);
        // The key is kept: tapping again retries this same checkout.
        const shown = formErrorsFrom(error, ['deliveryPhone'], locale);
        if (shown.fields.deliveryPhone) setFieldErrors({ phone: shown.fields.deliveryPhone });
        setFormError(shown.form);
      }
    });
  }

  return (
    <>
      <AppBar
        title={t('buyer.checkout.title')}
        start={
          <Link href="/cart" className="ns-appbar__action" aria-label={t('nav.back')}>
            ←
          </Link>
        }
      />
      <Page heading={t('buyer.checkout.title')}>
        <section className="buyer-step" aria-labelledby="step-account">
          <h3 id="step-account">{t('buyer.checkout.account')}</h3>
          <AccountStep />
        </section>
        <form className="ns-form" noValidate onSubmit={onSubmit}>
          <section className="buyer-step" aria-labelledby="step-address">
            <h3 id="step-address">{t('buyer.checkout.address')}</h3>
            <AddressFields draft={address} onChange={setDraft} errors={fieldErrors} />
          </section>
          <fieldset className="buyer-step">
            <legend>
              <h3>{t('buyer.checkout.payment')}</h3>
            </legend>
            {!shopsKnown ? (
              <CardListSkeleton count={1} label={t('state.loading')} />
            ) : sameWays ? (
              <PaymentChoice
                name="paymentMethod"
                legend={
                  orders.length > 1
                    ? t('buyer.checkout.paymentAll', { count: orders.length })
                    : t('buyer.checkout.paymentFor', {
                        order: t('buyer.cart.order', { n: 1, shop: orders[0]?.shopName ?? '' }),
                      })
                }
                offered={offeredBy.get(orders[0]?.shopId ?? '') ?? []}
                value={methods.get(orders[0]?.shopId ?? '') ?? null}
                onChange={chooseForAll}
              />
            ) : (
              orders.map((order, index) => (
                <PaymentChoice
                  key={order.shopId}
                  name={`paymentMethod-${order.shopId}`}
                  legend={t('buyer.checkout.paymentFor', {
                    order: t('buyer.cart.order', { n: index + 1, shop: order.shopName }),
                  })}
                  offered={offeredBy.get(order.shopId) ?? []}
                  value={methods.get(order.shopId) ?? null}
                  onChange={(method) => setChosenMethods((old) => ({ ...old, [order.shopId]: method }))}
                />
              ))
            )}
            <label className="ns-field">
              <span className="ns-field__label">{t('buyer.checkout.note')}</span>
              <textarea
                className="ns-field__input"
                name="note"
                rows={2}
                maxLength={300}
                value={note}
                onChange={(event) => setNote(event.target.value)}
              />
            </label>
          </fieldset>
          <section className="buyer-step" aria-labelledby="step-review">
            <h3 id="step-review">{t('buyer.checkout.review')}</h3>
            {orders.map((order, index) => (
              <div key={order.shopId} className="buyer-shop">
                <h4 className="buyer-shop__title">
                  {t('buyer.cart.order', { n: index + 1, shop: order.shopName })}
                </h4>
                <ul className="buyer-review-lines">
                  {order.items.map((item) => (
                    <li key={item.listingId}>
                      {item.title} · {format.quantity(item.quantity, item.unit, locale)}
                    </li>
                  ))}
                </ul>
                <p className="ns-muted">{t(`buyer.zone.${order.zone}`)}</p>
                <TotalsList totals={order.totals} totalLabel={t('buyer.totals.orderTotal')} />
              </div>
            ))}
            <TotalsList totals={totals} totalLabel={t('buyer.totals.total', { count: orders.length })} />
          </section>
          <div className="buyer-form-error">
            {formError ? (
              <Notice tone="error">{formError}</Notice>
            ) : pending && retrying ? (
              <Notice tone="info">{t('buyer.checkout.retrying')}</Notice>
            ) : null}
          </div>
          <SubmitButton pending={pending} pendingLabel={t('buyer.checkout.placing')}>
            {t('buyer.checkout.place')}
          </SubmitButton>
        </form>
      </Page>
    </>
  );
}
