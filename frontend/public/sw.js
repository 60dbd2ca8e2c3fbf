// Vitalia's service worker: shows Web Push notifications and opens the page they point to.
// The server sends {title, body, url} with url a path of this app.

self.addEventListener('push', (event) => {
  let message = {}
  try {
    message = event.data ? event.data.json() : {}
  } catch {
    message = { body: event.data ? event.data.text() : '' }
  }
  const title = message.title || 'Vitalia'
  event.waitUntil(
    self.registration.showNotification(title, {
      body: message.body || '',
      icon: '/favicon.svg',
      badge: '/favicon.svg',
      data: { url: message.url || '/' },
    }),
  )
})

self.addEventListener('notificationclick', (event) => {
  event.notification.close()
  // only pages of this app: a message cannot send the member elsewhere
  const target = new URL(event.notification.data?.url || '/', self.location.origin)
  const url = target.origin === self.location.origin ? target.href : self.location.origin + '/'
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => client.url === url) || windows.find((client) => 'navigate' in client)
      if (open) {
        return (open.url === url ? Promise.resolve(open) : open.navigate(url)).then((client) => (client || open).focus())
      }
      return self.clients.openWindow(url)
    }),
  )
})
