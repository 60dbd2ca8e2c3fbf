package app.vitalia.identity.bulk;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bulk import of ready-made accounts, for demo and load-test data: not part of identity's
 * API, only of its {@code bulk-import} named interface.
 */
@Component
public class AccountImports {

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private volatile String[] lastImportHash = new String[2];

	AccountImports(JdbcTemplate jdbc, PasswordEncoder passwords, Clock clock) {
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.clock = clock;
	}

	/**
	 * Inserts verified accounts in JDBC batches, all with the same password, which is
	 * hashed once (password hashing is deliberately slow). Meant for demo and load-test
	 * data only.
	 */
	@Transactional
	public void importAccounts(List<ImportedAccount> imported, String password) {
		String hash = hashOnce(password);
		Timestamp now = Timestamp.from(this.clock.instant());
		List<Object[]> rows = new ArrayList<>(imported.size());
		List<Object[]> roles = new ArrayList<>();
		for (ImportedAccount account : imported) {
			rows.add(new Object[] { account.id(), account.email().strip().toLowerCase(Locale.ROOT), hash,
					account.displayName(), account.locale(), now, now });
			account.roles().forEach(role -> roles.add(new Object[] { account.id(), role.name() }));
		}
		this.jdbc.batchUpdate("insert into identity_account (id, email, password_hash, display_name, locale, "
				+ "email_verified_at, created_at) values (?, ?, ?, ?, ?, ?, ?)", rows);
		this.jdbc.batchUpdate("insert into identity_account_role (account_id, role) values (?, ?)", roles);
	}

	private String hashOnce(String password) {
		String[] last = this.lastImportHash;
		if (password.equals(last[0])) {
			return last[1];
		}
		String hash = this.passwords.encode(password);
		this.lastImportHash = new String[] { password, hash };
		return hash;
	}

}
