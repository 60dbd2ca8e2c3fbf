// Keys shared by several features (each feature keeps its own in features/<feature>/api/query-keys.ts).

/** The signed-in account: read by account, invalidated by auth when the email is verified. */
export const queryKeys = {
  me: ['me'] as const,
  /** The member's points and badges: read by gamification, refreshed by notifications when an award arrives. */
  progress: ['me', 'progress'] as const,
  /** The features of the member's plan: read by photos before offering the camera, refreshed by billing when the plan changes. */
  entitlements: ['me', 'entitlements'] as const,
}
