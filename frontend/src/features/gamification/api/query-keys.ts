/** Query keys of progress, leaderboards and the admin's rules, badges and replays. */
export const queryKeys = {
  leaderboard: (period: string, limit: number) => ['leaderboards', period, { limit }] as const,
  leaderboardsAll: ['leaderboards'] as const,
  gamificationRules: ['admin', 'gamification', 'rules'] as const,
  gamificationBadges: ['admin', 'gamification', 'badges'] as const,
  replay: (id: string) => ['admin', 'gamification', 'replay', id] as const,
}
