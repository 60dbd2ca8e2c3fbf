package app.vitalia.members;

/**
 * What the member wants their weight to do.
 */
public enum Goal {

	LOSE, MAINTAIN, GAIN

}
