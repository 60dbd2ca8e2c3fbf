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
    channels: { IN_APP: 'In the app', EMAIL: 'Email', PUSH: 'Push' },
    push: {
      title: 'Push notifications on this device',
      asking: 'Waiting for your answer to the browser’s prompt…',
      checking: 'Checking this browser…',
      off: 'Off. Turn them on to get the notices ticked in the “Push” column here, even when Vitalia is closed.',
      on: 'On in this browser: the notices ticked in the “Push” column arrive here.',
      unsupported: 'Not available in this browser.',
      unsupportedHelp:
        'This browser does not support push notifications, or the page was not opened over HTTPS. Try a current browser (on iPhone, add Vitalia to the home screen first).',
      denied: 'Blocked in this browser.',
      deniedHelp:
        'Notifications from Vitalia are blocked. Allow them in your browser’s site settings (the icon next to the address), then come back here.',
      dismissed: 'Permission was not given. Turn the switch on again and accept the browser’s prompt.',
      failed: 'The browser could not subscribe to its notification service. Try again later.',
    },
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
