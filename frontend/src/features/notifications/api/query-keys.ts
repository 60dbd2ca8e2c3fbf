/** Query keys of in-app notifications and their preferences; mutations invalidate the families (`...All`) they change. */
export const queryKeys = {
  notifications: (unread: boolean, page: number) => ['me', 'notifications', { unread, page }] as const,
  notificationsAll: ['me', 'notifications'] as const,
  notificationPreferences: ['me', 'notification-preferences'] as const,
}
