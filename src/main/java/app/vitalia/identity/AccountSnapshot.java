package app.vitalia.identity;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

/**
 * What requests need to know about an account, cached between changes.
 */
record AccountSnapshot(UUID id, String email, String displayName, Set<Role> roles, boolean emailVerified, String locale,
		int tokenVersion) implements Serializable {
}
