/**
 * The browser side of Web Push: the service worker (public/sw.js) and this browser's push
 * subscription. The server side (the VAPID key, storing the subscription) is the notifications
 * feature's API.
 */

/** Whether this browser can receive push notifications here (a secure page with service workers and a push manager). */
export function pushSupported(): boolean {
  return (
    typeof window !== 'undefined' &&
    window.isSecureContext &&
    'serviceWorker' in navigator &&
    'PushManager' in window &&
    'Notification' in window
  )
}

/** The base64url public key the server sends, as the bytes `PushManager.subscribe` wants. */
export function base64UrlToBytes(value: string): Uint8Array<ArrayBuffer> {
  const base64 = value
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(value.length / 4) * 4, '=')
  const binary = atob(base64)
  const bytes = new Uint8Array(new ArrayBuffer(binary.length))
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** Whether a subscription was made with this server key (it changes when the server's VAPID key does). */
export function madeWithKey(subscriptionKey: ArrayBuffer | null | undefined, serverKey: Uint8Array): boolean {
  if (!subscriptionKey) return true // browsers that do not expose it: trust the subscription
  const bytes = new Uint8Array(subscriptionKey)
  return bytes.length === serverKey.length && bytes.every((byte, i) => byte === serverKey[i])
}

/** This browser's push subscription, if it has one. */
export async function currentPushSubscription(): Promise<PushSubscription | null> {
  if (!pushSupported()) return null
  const registration = await navigator.serviceWorker.getRegistration('/')
  return (await registration?.pushManager.getSubscription()) ?? null
}

/** Registers the service worker and subscribes this browser with the server's key (asks nothing: permission comes first). */
export async function subscribePush(serverKey: Uint8Array<ArrayBuffer>): Promise<PushSubscription> {
  await navigator.serviceWorker.register('/sw.js', { scope: '/' })
  const registration = await navigator.serviceWorker.ready
  const existing = await registration.pushManager.getSubscription()
  if (existing && madeWithKey(existing.options.applicationServerKey, serverKey)) return existing
  await existing?.unsubscribe()
  return registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: serverKey })
}

/**
 * Drops this browser's subscription (on sign-out, so the next person on this browser does not get
 * the last one's notifications). The push service then answers the server 410 and the server
 * forgets it too.
 */
export async function dropPushSubscription(): Promise<void> {
  try {
    await (await currentPushSubscription())?.unsubscribe()
  } catch {
    // Nothing to drop, or the browser refuses: the server forgets it at the next 404/410.
  }
}
