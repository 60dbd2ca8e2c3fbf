/**
 * Gamification rules and badges: drafts, triggers, conditions and their store.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.gamification.rules;
