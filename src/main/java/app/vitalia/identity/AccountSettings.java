package app.vitalia.identity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.vitalia.identity.accounts.Account;
import app.vitalia.identity.accounts.AccountRepository;
import app.vitalia.identity.accounts.AccountSnapshot;
import app.vitalia.identity.accounts.AccountSnapshots;
import app.vitalia.platform.DomainException;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Name and language of an account. Publishes {@link AccountRenamed} when the name changes
 * and {@link AccountLanguageChanged} when the language does.
 */
@Service
class AccountSettings {

	private final AccountRepository accounts;

	private final AccountSnapshots snapshots;

	private final ApplicationEventPublisher events;

	AccountSettings(AccountRepository accounts, AccountSnapshots snapshots, ApplicationEventPublisher events) {
		this.accounts = accounts;
		this.snapshots = snapshots;
		this.events = events;
	}

	@Transactional
	public AccountSnapshot change(UUID accountId, @Nullable String displayName, @Nullable String locale) {
		Account account = this.accounts.findById(accountId).orElseThrow(() -> DomainException.notFound("The account"));
		if (displayName != null && account.rename(displayName)) {
			this.events.publishEvent(new AccountRenamed(AccountId.of(accountId), account.getDisplayName()));
		}
		if (locale != null && account.useLocale(locale)) {
			this.events.publishEvent(new AccountLanguageChanged(AccountId.of(accountId), locale));
		}
		this.snapshots.evict(accountId);
		return account.snapshot();
	}

}
