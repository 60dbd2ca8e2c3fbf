package app.vitalia.identity;

/**
 * What an account may do.
 */
public enum Role {

	MEMBER, CLINICIAN, ADMIN

}
