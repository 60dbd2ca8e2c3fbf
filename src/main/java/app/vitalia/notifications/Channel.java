package app.vitalia.notifications;

/**
 * How a notification reaches the member.
 */
public enum Channel {

	EMAIL, IN_APP

}
