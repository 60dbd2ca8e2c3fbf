package app.vitalia.notifications;

/**
 * How a notification reaches the member: by email, in the app's inbox, or as a Web Push
 * notification on each browser the member subscribed.
 */
public enum Channel {

	EMAIL, IN_APP, PUSH

}
