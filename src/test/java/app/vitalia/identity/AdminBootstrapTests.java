package app.vitalia.identity;

import app.vitalia.identity.accounts.Account;
import app.vitalia.identity.accounts.AccountRepository;
import app.vitalia.support.Api;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AdminBootstrapTests {

	@Autowired
	AdminBootstrap bootstrap;

	@Autowired
	AccountRepository accounts;

	@Test
	void runningAgainChangesNothing() {
		Account before = this.accounts.findByEmail(Api.ADMIN_EMAIL).orElseThrow();
		this.bootstrap.run(new DefaultApplicationArguments());
		this.bootstrap.run(new DefaultApplicationArguments());
		Account after = this.accounts.findByEmail(Api.ADMIN_EMAIL).orElseThrow();
		assertThat(after.getId()).isEqualTo(before.getId());
		assertThat(after.getPasswordHash()).isEqualTo(before.getPasswordHash());
		assertThat(after.getRoles()).contains(Role.ADMIN, Role.MEMBER);
		assertThat(this.accounts.findAll().stream().filter(a -> a.getEmail().equals(Api.ADMIN_EMAIL))).hasSize(1);
	}

}
