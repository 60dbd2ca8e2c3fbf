// Keys shared by several features (each feature keeps its own in features/<feature>/api/query-keys.ts).
export const queryKeys = {
  /** The signed-in account: read by account, invalidated by auth when the email is verified. */
  me: ['me'] as const,
  /** Points and badges: read by gamification, invalidated by notifications when one arrives live. */
  progress: ['me', 'progress'] as const,
}
