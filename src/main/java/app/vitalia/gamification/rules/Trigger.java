package app.vitalia.gamification.rules;

/**
 * The event types the log records and rules can react to.
 */
public enum Trigger {

	LOGGED_IN, PROFILE_COMPLETED, FOOD_LOGGED, APPOINTMENT_COMPLETED, REFERRAL_ACCEPTED, SUBSCRIPTION_ACTIVATED

}
