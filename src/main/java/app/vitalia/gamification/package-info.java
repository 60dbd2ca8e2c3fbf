/**
 * Gamification: an append-only log of members' gamified actions, rules kept as data
 * (points, badges, streaks), awards evaluated after the triggering transaction commits,
 * leaderboards members opt into, invitations, and replays that recompute everything from
 * the log. API: {@link app.vitalia.gamification.MemberProgress} (a member's progress) and
 * the events {@link app.vitalia.gamification.PointsAwarded},
 * {@link app.vitalia.gamification.BadgeAwarded} and
 * {@link app.vitalia.gamification.ReferralAccepted}. It listens to identity, members,
 * nutrition, scheduling and billing, one listener class per source module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Gamification",
		allowedDependencies = { "identity", "members", "nutrition", "scheduling", "billing", "platform" })
@org.jspecify.annotations.NullMarked
package app.vitalia.gamification;
