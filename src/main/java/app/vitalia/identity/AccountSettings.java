package app.vitalia.identity;

import java.util.UUID;

import app.vitalia.platform.DomainException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Name and language of an account.
 */
@Service
class AccountSettings {

	private final AccountRepository accounts;

	private final AccountSnapshots snapshots;

	AccountSettings(AccountRepository accounts, AccountSnapshots snapshots) {
		this.accounts = accounts;
		this.snapshots = snapshots;
	}

	@Transactional
	public AccountSnapshot change(UUID accountId, @Nullable String displayName, @Nullable String locale) {
		Account account = this.accounts.findById(accountId).orElseThrow(() -> DomainException.notFound("The account"));
		if (displayName != null) {
			account.rename(displayName);
		}
		if (locale != null) {
			account.useLocale(locale);
		}
		this.snapshots.evict(accountId);
		return account.snapshot();
	}

}
