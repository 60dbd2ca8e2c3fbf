/** Query keys of the member's profile, weights and targets; mutations invalidate the families (`...All`) they change. */
export const queryKeys = {
  profile: ['me', 'profile'] as const,
  weights: ['me', 'weights'] as const,
  targets: ['me', 'targets'] as const,
}
