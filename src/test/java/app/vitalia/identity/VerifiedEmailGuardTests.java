package app.vitalia.identity;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import app.vitalia.platform.DomainException;
import app.vitalia.support.HttpTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedEmailGuardTests extends HttpTest {

	@Autowired
	Accounts accounts;

	@Test
	void capabilitiesCanRequireAVerifiedEmail() {
		String email = "guard-" + UUID.randomUUID() + "@example.com";
		UUID id = UUID
			.fromString(
					this.api
						.post("/api/auth/register",
								Map.of("email", email, "password", "correct horse battery staple", "displayName",
										"Ana"),
								null)
						.text("id"));
		assertThatThrownBy(() -> this.accounts.requireVerifiedEmail(AccountId.of(id)))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("EMAIL_NOT_VERIFIED"));

		String body = this.api.lastEmailTo(email, EmailLinkFlowTests.VERIFICATION).path("body").asString();
		String token = body.substring(body.indexOf("token=") + 6).split("\\s")[0];
		assertThat(this.api.post("/api/auth/verify-email", Map.of("token", token), null).status()).isEqualTo(204);
		assertThatCode(() -> this.accounts.requireVerifiedEmail(AccountId.of(id))).doesNotThrowAnyException();
	}

}
