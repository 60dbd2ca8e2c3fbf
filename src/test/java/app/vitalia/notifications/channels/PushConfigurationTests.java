package app.vitalia.notifications.channels;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThatException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class PushConfigurationTests {

	@Test
	void aHalfConfiguredKeyPairStillStopsTheStart() {
		// the keys themselves are made at their first use; the mistake is caught at start
		assertThatIllegalStateException().isThrownBy(() -> new PushConfiguration(properties("BPublic", null)))
			.withMessageContaining("VITALIA_PUSH_VAPID_PRIVATE_KEY");
		assertThatIllegalStateException().isThrownBy(() -> new PushConfiguration(properties(null, "private")));
		assertThatException().isThrownBy(() -> new PushConfiguration(properties("not-a-key", "nor-this")));
		assertThatNoException().isThrownBy(() -> new PushConfiguration(properties(null, null)));
	}

	private static PushProperties properties(String publicKey, String privateKey) {
		return new PushProperties(publicKey, privateKey, "mailto:ops@vitalia.test", List.of(), Duration.ofHours(1),
				Duration.ofSeconds(1), 3);
	}

}
