import { api } from '@/lib/api-client'

/** The server's VAPID public key (base64url): browsers subscribe with it. */
export function getVapidPublicKey() {
  return api.get<{ publicKey: string }>('/push/vapid-public-key').then((answer) => answer.publicKey)
}

/** Stores this browser's subscription for the signed-in member. */
export function savePushSubscription(subscription: PushSubscription) {
  return api.post('/me/push-subscriptions', subscription.toJSON())
}

/** Forgets the member's subscription with this endpoint. */
export function deletePushSubscription(endpoint: string) {
  return api.delete(`/me/push-subscriptions?endpoint=${encodeURIComponent(endpoint)}`)
}
