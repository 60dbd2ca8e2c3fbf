/**
 * Invitations between members and what they earn.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.gamification.referrals;
