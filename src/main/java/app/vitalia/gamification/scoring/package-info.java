/**
 * Scoring: the action log, rules evaluated into points, badges and streaks, and replays.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.gamification.scoring;
