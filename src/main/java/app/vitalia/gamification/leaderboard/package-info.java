/**
 * Leaderboards of members by points.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.gamification.leaderboard;
