/** Query keys of the member's notifications and notification preferences. */
export const queryKeys = {
  notifications: (unread: boolean, page: number) => ['me', 'notifications', { unread, page }] as const,
  notificationsAll: ['me', 'notifications'] as const,
  notificationPreferences: ['me', 'notification-preferences'] as const,
}
