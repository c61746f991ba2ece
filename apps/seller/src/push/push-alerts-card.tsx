import { useLocale } from '@nongsan/ui';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTRPC } from '../trpc.ts';

type State = 'checking' | 'unsupported' | 'blocked' | 'off' | 'subscribing' | 'on';

/**
 * How long the phone's push service may take to give a subscription. A browser without one (some phones without
 * Google's services, a headless Chromium) never answers; the seller is then told, instead of waiting forever.
 */
export const SUBSCRIBE_TIMEOUT_MS = 20_000;

function withinTime<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('push service did not answer')), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}

function keyBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const text = atob(base64url.replace(/-/g, '+').replace(/_/g, '/'));
  const bytes = new Uint8Array(new ArrayBuffer(text.length));
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return bytes;
}

/** "Android · Chrome": which of the person's phones this is, for their list of devices. */
function deviceLabel(): string {
  const agent = navigator.userAgent;
  const system = /Android/.test(agent) ? 'Android' : /iPhone|iPad/.test(agent) ? 'iOS' : 'Máy tính';
  const browser = /Zalo/.test(agent)
    ? 'Zalo'
    : /Firefox/.test(agent)
      ? 'Firefox'
      : /Edg\//.test(agent)
        ? 'Edge'
        : /Chrome/.test(agent)
          ? 'Chrome'
          : 'Safari';
  return `${system} · ${browser}`;
}

/**
 * Push alerts on this phone (new orders, a buyer cancelling, 12 hours left to confirm), for the household or its
 * helper: one tap asks the phone's permission and subscribes it; another turns it off. Says plainly when the
 * phone cannot or the browser blocks it.
 */
export function PushAlertsCard() {
  const { t } = useLocale();
  const trpc = useTRPC();
  const key = useQuery(trpc.push.publicKey.queryOptions(undefined, { staleTime: Number.POSITIVE_INFINITY }));
  const subscribe = useMutation(trpc.push.subscribe.mutationOptions());
  const unsubscribe = useMutation(trpc.push.unsubscribe.mutationOptions());
  const [state, setState] = useState<State>('checking');
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    if (!('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) {
      setState('unsupported');
      return;
    }
    if (Notification.permission === 'denied') {
      setState('blocked');
      return;
    }
    void navigator.serviceWorker.ready
      .then((registration) => registration.pushManager.getSubscription())
      .then((existing) => setState(existing ? 'on' : 'off'));
  }, []);

  if (key.data && key.data.key === null) return null;

  async function turnOn(publicKey: string) {
    setFailed(false);
    try {
      if ((await Notification.requestPermission()) !== 'granted') {
        setState('blocked');
        return;
      }
      setState('subscribing');
      const registration = await navigator.serviceWorker.ready;
      const subscription = await withinTime(
        registration.pushManager.subscribe({
          userVisibleOnly: true,
          applicationServerKey: keyBytes(publicKey),
        }),
        SUBSCRIBE_TIMEOUT_MS,
      );
      const json = subscription.toJSON();
      await subscribe.mutateAsync({
        endpoint: subscription.endpoint,
        keys: { p256dh: json.keys?.p256dh ?? '', auth: json.keys?.auth ?? '' },
        device: deviceLabel(),
      });
      setState('on');
    } catch {
      setState('off');
      setFailed(true);
    }
  }

  async function turnOff() {
    setFailed(false);
    try {
      const registration = await navigator.serviceWorker.ready;
      const subscription = await registration.pushManager.getSubscription();
      if (subscription) {
        await unsubscribe.mutateAsync({ endpoint: subscription.endpoint });
        await subscription.unsubscribe();
      }
      setState('off');
    } catch {
      setFailed(true);
    }
  }

  return (
    <section className="ns-notice" aria-labelledby="push-alerts-title">
      <h3 id="push-alerts-title">{t('seller.push.title')}</h3>
      {state === 'unsupported' ? <p>{t('seller.push.unsupported')}</p> : null}
      {state === 'blocked' ? <p>{t('seller.push.blocked')}</p> : null}
      {state === 'on' ? (
        <>
          <p>{t('seller.push.on')}</p>
          <button type="button" className="ns-button" onClick={() => void turnOff()}>
            {t('seller.push.turnOff')}
          </button>
        </>
      ) : null}
      {state === 'subscribing' ? <p>{t('seller.push.subscribing')}</p> : null}
      {state === 'off' ? (
        <>
          <p>{t('seller.push.why')}</p>
          <button
            type="button"
            className="ns-button ns-button--primary"
            disabled={!key.data?.key}
            onClick={() => key.data?.key && void turnOn(key.data.key)}
          >
            {t('seller.push.turnOn')}
          </button>
        </>
      ) : null}
      <p role="status">{failed ? t('seller.push.failed') : null}</p>
    </section>
  );
}
