package app.vitalia.identity.accounts;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import app.vitalia.platform.PersonalData;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The account in a person's copy of their data: email, name, language, roles, when it was
 * made and verified, and the sign-in sessions it has had. Never the password's hash, a
 * token's, or the one-time links sent by email.
 */
@Component
class AccountPersonalData implements PersonalData {

	private final JdbcTemplate jdbc;

	AccountPersonalData(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public String part() {
		return "account";
	}

	@Override
	public Object of(UUID accountId) {
		Map<String, Object> account = new LinkedHashMap<>();
		PersonalData
			.rows(this.jdbc,
					"select id, email, display_name, locale, created_at, email_verified_at"
							+ " from identity_account where id = ?",
					accountId)
			.forEach(account::putAll);
		List<Object> roles = this.jdbc.queryForList(
				"select role from identity_account_role where account_id = ? order by role", Object.class, accountId);
		account.put("roles", roles);
		// a session's refresh token is replaced at each use: one sign-in is one family of
		// them
		account.put("sessions",
				PersonalData.rows(this.jdbc,
						"select coalesce(min(signed_in_at), min(issued_at)) as signed_in_at, max(device) as device,"
								+ " max(issued_at) as last_refreshed_at, max(expires_at) as expires_at,"
								+ " max(revoked_at) as revoked_at from identity_refresh_token where account_id = ?"
								+ " group by family_id order by signed_in_at desc",
						accountId));
		return account;
	}

	/**
	 * The account row goes, and its roles, sessions and one-time links with it (their
	 * foreign keys cascade); the address is free for a new account at once.
	 */
	@Override
	public void erase(UUID accountId, String email) {
		this.jdbc.update("delete from identity_account where id = ?", accountId);
	}

}
