package app.vitalia.platform;

import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.tuple;

class TimeZonesTests {

	@Test
	void anIanaZoneIsTheZone() {
		assertThat(TimeZones.parse("timezone", "Europe/Madrid")).isEqualTo(ZoneId.of("Europe/Madrid"));
	}

	@Test
	void anUnknownOrMissingZoneIsOneInvalidFieldWithOneCode() {
		for (String wrong : new String[] { "Mars/Olympus", "Europe/", "", null }) {
			assertThatExceptionOfType(DomainException.class).isThrownBy(() -> TimeZones.parse("timezone", wrong))
				.satisfies(ex -> {
					assertThat(ex.kind()).isEqualTo(DomainException.Kind.BAD_REQUEST);
					assertThat(ex.violations()).extracting(Violation::field, Violation::code)
						.containsExactly(tuple("timezone", "INVALID_TIME_ZONE"));
				});
		}
	}

}
