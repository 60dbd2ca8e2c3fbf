package app.vitalia.identity.accounts;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

import app.vitalia.identity.Role;

/**
 * What requests need to know about an account, cached between changes.
 */
public record AccountSnapshot(UUID id, String email, String displayName, Set<Role> roles, boolean emailVerified,
		String locale, int tokenVersion) implements Serializable {
}
