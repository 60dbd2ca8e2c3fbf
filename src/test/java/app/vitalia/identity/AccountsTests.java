package app.vitalia.identity;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.vitalia.identity.bulk.AccountImports;
import app.vitalia.identity.bulk.ImportedAccount;
import app.vitalia.platform.DomainException;
import app.vitalia.support.Api;
import app.vitalia.support.HttpTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AccountsTests extends HttpTest {

	static final String PASSWORD = "correct horse battery staple";

	@Autowired
	Accounts accounts;

	@Autowired
	AccountImports imports;

	@Autowired
	JdbcTemplate jdbc;

	static String email() {
		return "clinician-" + UUID.randomUUID() + "@example.com";
	}

	@Test
	void clinicianWithPasswordSignsInAsClinician() {
		String email = email();
		AccountId id = this.accounts.createClinician(email, PASSWORD, "Dr. Ana", "en");
		Api api = this.api;
		String token = api.login(email, PASSWORD);
		assertThat(api.get("/api/me", token).body().path("roles").toString()).isEqualTo("[\"CLINICIAN\"]");
		assertThat(this.accounts.find(id)).hasValueSatisfying(account -> {
			assertThat(account.displayName()).isEqualTo("Dr. Ana");
			assertThat(account.locale()).isEqualTo("en");
			assertThat(account.roles()).containsExactly(Role.CLINICIAN);
		});
	}

	@Test
	void clinicianWithoutPasswordGetsAnInvitationThatSetsIt() {
		String email = email();
		this.accounts.createClinician(email, null, "Dr. Invitada", "es");
		String body = this.jdbc.queryForObject("select body from platform_mail_outbox where recipient = ?",
				String.class, email);
		assertThat(body).startsWith("Hola Dr. Invitada");
		String token = body.substring(body.indexOf("token=") + 6).split("\\s")[0];
		Api api = this.api;
		assertThat(api.post("/api/auth/password-reset/confirm", Map.of("token", token, "newPassword", PASSWORD), null)
			.status()).isBetween(200, 204);
		assertThat(api.login(email, PASSWORD)).isNotBlank();
	}

	@Test
	void duplicatesAndWeakPasswordsAreRefused() {
		String email = email();
		this.accounts.createClinician(email, PASSWORD, "Dr. Uno", "es");
		assertThatThrownBy(() -> this.accounts.createClinician(email.toUpperCase(), PASSWORD, "Dr. Dos", "es"))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("EMAIL_TAKEN"));
		assertThatThrownBy(() -> this.accounts.createClinician(email(), "short", "Dr. Tres", "es"))
			.isInstanceOfSatisfying(DomainException.class,
					ex -> assertThat(ex.violations().get(0).field()).isEqualTo("password"));
	}

	@Test
	void findsManyAccountsInOneCallAndImportsInBulk() {
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		this.imports.importAccounts(List.of(new ImportedAccount(a, email(), "Ana", "es", Set.of(Role.MEMBER)),
				new ImportedAccount(b, email(), "Ben", "en", Set.of(Role.MEMBER))), PASSWORD);
		Map<AccountId, AccountSummary> found = this.accounts
			.findAll(List.of(AccountId.of(a), AccountId.of(b), AccountId.of(UUID.randomUUID())));
		assertThat(found).hasSize(2);
		assertThat(found.get(AccountId.of(b)).displayName()).isEqualTo("Ben");
		assertThat(this.api.login(found.get(AccountId.of(a)).email(), PASSWORD)).isNotBlank();
	}

}
