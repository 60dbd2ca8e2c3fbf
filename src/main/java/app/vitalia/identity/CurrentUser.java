package app.vitalia.identity;

import java.util.Set;
import java.util.UUID;

/**
 * The signed-in account, resolved from the access token. Declare it as a controller
 * method parameter; requests without a valid token never reach such a method.
 */
public record CurrentUser(UUID id, Set<Role> roles) {

	public boolean has(Role role) {
		return this.roles.contains(role);
	}

}
