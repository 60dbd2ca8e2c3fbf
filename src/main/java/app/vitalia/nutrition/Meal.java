package app.vitalia.nutrition;

/**
 * The meal a diary entry belongs to, in the order of the day.
 */
public enum Meal {

	BREAKFAST, LUNCH, DINNER, SNACK

}
