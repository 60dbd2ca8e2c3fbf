package app.vitalia.notifications;

/**
 * What a notification is about. Payment and security messages cannot be switched off; the
 * evening nudge is off until the member turns it on.
 */
public enum Kind {

	WELCOME(true, true), BADGE_UNLOCKED(true, true), FOOD_NUDGE(true, false), SUBSCRIPTION_RENEWING(false, true),
	INVITATION(false, true), MEAL_PHOTO_READY(true, true);

	private final boolean switchable;

	private final boolean onByDefault;

	Kind(boolean switchable, boolean onByDefault) {
		this.switchable = switchable;
		this.onByDefault = onByDefault;
	}

	public boolean switchable() {
		return this.switchable;
	}

	public boolean onByDefault() {
		return this.onByDefault;
	}

	/**
	 * Whether the kind goes by {@code channel}: everything goes to the app (and so to
	 * push too), a photo's analysis is not worth an email.
	 */
	public boolean goesBy(Channel channel) {
		return channel != Channel.EMAIL || this != MEAL_PHOTO_READY;
	}

	/**
	 * The kinds members see in their preferences (an invitation goes to a non-member).
	 */
	public boolean forMembers() {
		return this != INVITATION;
	}

	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

}
