/** Every query of the inbox starts with this key, so one invalidation refreshes the bell, the list and the counts. */
export const notificationsKey = ['me', 'notifications'] as const;
