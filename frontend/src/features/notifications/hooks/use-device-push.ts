import { useCallback, useEffect, useState } from 'react'
import { base64UrlToBytes, currentPushSubscription, madeWithKey, pushSupported, subscribePush } from '@/lib/web-push'
import { deletePushSubscription, getVapidPublicKey, savePushSubscription } from '../api/push'

/**
 * Push on this device: `unsupported` (no service worker or push manager, or not a secure page),
 * `denied` (the member blocked notifications for this site), `dismissed` (the permission prompt
 * was closed without an answer), `on` or `off`; `checking` until known.
 */
export type DevicePushState = 'checking' | 'unsupported' | 'denied' | 'dismissed' | 'off' | 'on'

export function useDevicePush() {
  const [state, setState] = useState<DevicePushState>('checking')
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<unknown>(null)

  useEffect(() => {
    let cancelled = false
    const settle = (next: DevicePushState) => !cancelled && setState(next)
    if (!pushSupported()) {
      settle('unsupported')
      return
    }
    if (Notification.permission === 'denied') {
      settle('denied')
      return
    }
    currentPushSubscription()
      .then(async (subscription) => {
        if (!subscription || Notification.permission !== 'granted') return settle('off')
        // a subscription made with an earlier server key no longer works: renew it quietly
        const key = base64UrlToBytes(await getVapidPublicKey())
        if (!madeWithKey(subscription.options.applicationServerKey, key)) {
          await savePushSubscription(await subscribePush(key))
        }
        settle('on')
      })
      .catch(() => settle('off'))
    return () => {
      cancelled = true
    }
  }, [])

  const turnOn = useCallback(async () => {
    setPending(true)
    setError(null)
    try {
      const permission = await Notification.requestPermission()
      if (permission !== 'granted') {
        setState(permission === 'denied' ? 'denied' : 'dismissed')
        return
      }
      const subscription = await subscribePush(base64UrlToBytes(await getVapidPublicKey()))
      await savePushSubscription(subscription)
      setState('on')
    } catch (failure) {
      setError(failure)
      setState('off')
    } finally {
      setPending(false)
    }
  }, [])

  const turnOff = useCallback(async () => {
    setPending(true)
    setError(null)
    try {
      const subscription = await currentPushSubscription()
      if (subscription) {
        await deletePushSubscription(subscription.endpoint)
        await subscription.unsubscribe()
      }
      setState('off')
    } catch (failure) {
      setError(failure)
    } finally {
      setPending(false)
    }
  }, [])

  return { state, pending, error, turnOn, turnOff }
}
