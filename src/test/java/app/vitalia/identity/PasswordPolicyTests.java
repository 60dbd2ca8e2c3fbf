package app.vitalia.identity;

import app.vitalia.identity.passwords.PasswordPolicy;
import app.vitalia.platform.DomainException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PasswordPolicyTests {

	final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void acceptsLongPassphrasesWithoutCompositionRules() {
		assertThatCode(() -> this.policy.check("password", "correct horse battery staple")).doesNotThrowAnyException();
		assertThatCode(() -> this.policy.check("password", "tortilla de patatas con cebolla"))
			.doesNotThrowAnyException();
	}

	@Test
	void refusesShortPasswordsWhateverTheirMix() {
		assertThatThrownBy(() -> this.policy.check("password", "Aa1!Aa1!Aa1")).isInstanceOfSatisfying(
				DomainException.class,
				ex -> org.assertj.core.api.Assertions.assertThat(ex.violations())
					.extracting("field", "code")
					.containsExactly(org.assertj.core.groups.Tuple.tuple("password", "PASSWORD_TOO_SHORT")));
	}

	@Test
	void refusesCommonAndPatternedPasswords() {
		for (String weak : new String[] { "password1234", "123456789012", "qwertyuiopas", "aaaaaaaaaaaa" }) {
			assertThatThrownBy(() -> this.policy.check("password", weak)).isInstanceOfSatisfying(DomainException.class,
					ex -> org.assertj.core.api.Assertions.assertThat(ex.violations().get(0).code())
						.isEqualTo("PASSWORD_TOO_WEAK"));
		}
	}

	@Test
	void refusesPasswordsBuiltFromTheUsersOwnDetails() {
		assertThatThrownBy(() -> this.policy.check("password", "mariagonzalez1990", "maria.gonzalez@example.com",
				"María González"))
			.isInstanceOf(DomainException.class);
	}

	@Test
	void refusesAbsurdlyLongPasswords() {
		assertThatThrownBy(() -> this.policy.check("password", "x".repeat(129))).isInstanceOf(DomainException.class);
	}

}
