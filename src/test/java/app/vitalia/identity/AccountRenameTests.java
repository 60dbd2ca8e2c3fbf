package app.vitalia.identity;

import java.time.Instant;

import org.junit.jupiter.api.Test;

import app.vitalia.identity.accounts.Account;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A rename is a change (and is published as {@link AccountRenamed}) only when the name
 * differs.
 */
class AccountRenameTests {

	@Test
	void renamingToTheSameNameIsNoChange() {
		Account account = Account.register("ana@example.com", "hash", "Ana García", "es", Instant.now());
		assertThat(account.rename("  Ana García ")).isFalse();
		assertThat(account.rename("Ana G.")).isTrue();
		assertThat(account.getDisplayName()).isEqualTo("Ana G.");
	}

}
