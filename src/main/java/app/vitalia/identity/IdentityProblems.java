package app.vitalia.identity;

import app.vitalia.platform.DomainException;
import app.vitalia.platform.DomainException.Kind;

/**
 * The identity module's client errors, each with a stable code.
 */
public final class IdentityProblems {

	private IdentityProblems() {
	}

	public static DomainException badCredentials() {
		return new DomainException(Kind.UNAUTHORIZED, "BAD_CREDENTIALS", "The email or password is not correct");
	}

	public static DomainException emailTaken() {
		return new DomainException(Kind.CONFLICT, "EMAIL_TAKEN", "An account with this email already exists");
	}

	public static DomainException invalidLink() {
		return new DomainException(Kind.BAD_REQUEST, "INVALID_LINK",
				"This link is invalid, was already used or has expired; ask for a new one");
	}

	public static DomainException invalidRefreshToken() {
		return new DomainException(Kind.UNAUTHORIZED, "INVALID_REFRESH_TOKEN",
				"The session has expired or was revoked; sign in again");
	}

	public static DomainException wrongCurrentPassword() {
		return DomainException.invalid("currentPassword", "WRONG_PASSWORD", "is not your current password");
	}

}
