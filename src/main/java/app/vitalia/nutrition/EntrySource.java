package app.vitalia.nutrition;

/** How a diary entry was logged. */
public enum EntrySource {

	/** By hand: searched, quick-added or copied. */
	MANUAL,
	/** Confirmed by the member from a meal photo's candidates. */
	PHOTO

}
