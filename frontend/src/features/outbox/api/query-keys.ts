/** Query keys of the dev outbox; mutations invalidate the families (`...All`) they change. */
export const queryKeys = {
  outbox: (page: number, size: number) => ['admin', 'outbox', { page, size }] as const,
}
