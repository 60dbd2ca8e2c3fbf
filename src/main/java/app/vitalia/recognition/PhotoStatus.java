package app.vitalia.recognition;

/** Where a meal photo is in its life. */
public enum PhotoStatus {

	/** An upload URL was issued; the photo has not arrived. */
	PENDING_UPLOAD,
	/** Uploaded; the analysis job is running or queued. */
	ANALYSING,
	/** Analysed: candidates to confirm (none when no recogniser is configured). */
	READY,
	/** Analysed: the recogniser found no food. */
	NO_FOOD,
	/** The analysis failed: see the error. */
	FAILED

}
