package app.vitalia.identity;

import java.time.Clock;
import java.util.EnumSet;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.vitalia.identity.accounts.Account;
import app.vitalia.identity.accounts.AccountRepository;
import app.vitalia.identity.accounts.AccountSnapshots;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * With {@code VITALIA_ADMIN_EMAIL} and {@code VITALIA_ADMIN_PASSWORD} set, makes sure
 * that admin account exists. It is created once; an existing account keeps its password
 * and gains the ADMIN role. Safe when several instances start together.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);

	private final AccountRepository accounts;

	private final AccountSnapshots snapshots;

	private final PasswordEncoder passwords;

	private final TransactionTemplate transactions;

	private final Clock clock;

	private final String email;

	private final String password;

	AdminBootstrap(AccountRepository accounts, AccountSnapshots snapshots, PasswordEncoder passwords,
			TransactionTemplate transactions, Clock clock, @Value("${vitalia.admin.email:}") String email,
			@Value("${vitalia.admin.password:}") String password) {
		this.accounts = accounts;
		this.snapshots = snapshots;
		this.passwords = passwords;
		this.transactions = transactions;
		this.clock = clock;
		this.email = email;
		this.password = password;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (this.email.isBlank() || this.password.isBlank()) {
			return;
		}
		try {
			this.transactions.executeWithoutResult(status -> ensureAdmin());
		}
		catch (DataIntegrityViolationException anotherInstanceWon) {
			this.transactions.executeWithoutResult(status -> ensureAdmin());
		}
	}

	private void ensureAdmin() {
		String normalized = Account.normalize(this.email);
		this.accounts.findByEmail(normalized).ifPresentOrElse(existing -> {
			existing.grant(Role.ADMIN);
			this.snapshots.evict(existing.getId());
		}, () -> {
			Account admin = Account.withRoles(normalized, this.passwords.encode(this.password), "Admin", "es",
					EnumSet.of(Role.ADMIN, Role.MEMBER), this.clock.instant());
			admin.verifyEmail(this.clock.instant());
			this.accounts.saveAndFlush(admin);
			log.info("Created the admin account {}", normalized);
		});
	}

}
