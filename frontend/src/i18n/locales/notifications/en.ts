import type { Shape } from '../shape'
import type { es } from './es'

/** Must have exactly the Spanish keys (checked when compiling). */
export const en: Shape<typeof es> = {
  notifications: {
    title: 'Notifications',
    bell_one: 'Notifications ({{count}} unread)',
    bell_other: 'Notifications ({{count}} unread)',
    dismiss: 'Dismiss',
    all: 'All',
    unreadOnly: 'Unread',
    total_one: '{{count}} notification, {{unread}} unread',
    total_other: '{{count}} notifications, {{unread}} unread',
    markAll: 'Mark all as read',
    markRead: 'Mark as read',
    new: 'New',
    open: 'Open',
    empty: 'You have no notifications.',
    previous: 'Previous',
    next: 'Next',
    pageOf: 'Page {{page}} of {{pages}}',
    kinds: {
      WELCOME: 'Welcome',
      BADGE_UNLOCKED: 'Badges earned',
      FOOD_NUDGE: 'Evening reminder when no food is logged',
      SUBSCRIPTION_RENEWING: 'Subscription renewal or end',
      INVITATION: 'Invitation',
    },
    channels: { IN_APP: 'In the app', EMAIL: 'Email' },
    preferences: {
      title: 'Notifications',
      hint: 'Choose which notices you want and where. Payment notices cannot be turned off.',
      kind: 'Notice',
      locked: 'Always on',
    },
    unsubscribe: {
      title: 'Unsubscribe',
      confirm: 'Stop these emails',
      done: 'Done: you will no longer get “{{kind}}” emails. You can change this in Settings.',
      missing: 'The link is missing its code. Open it again from the email.',
    },
  },
}
