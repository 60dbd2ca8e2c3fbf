package app.vitalia.identity;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;

import app.vitalia.identity.accounts.AccountSnapshot;

/**
 * What other modules may know about an account: who it is, how to write to them and in
 * which language.
 */
public record AccountSummary(UUID id, String email, String displayName, String locale,
		Set<Role> roles) implements Serializable {

	static AccountSummary of(AccountSnapshot snapshot) {
		return new AccountSummary(snapshot.id(), snapshot.email(), snapshot.displayName(), snapshot.locale(),
				snapshot.roles());
	}

}
