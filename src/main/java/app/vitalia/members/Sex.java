package app.vitalia.members;

/**
 * Sex as used by the Mifflin–St Jeor equation.
 */
public enum Sex {

	MALE, FEMALE

}
