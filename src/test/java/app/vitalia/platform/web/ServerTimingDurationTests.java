package app.vitalia.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServerTimingDurationTests {

	@Test
	void durationIsMillisecondsWithTwoDecimalsRoundedHalfUp() {
		assertThat(ServerTimingResponse.duration(0)).isEqualTo("0.00");
		assertThat(ServerTimingResponse.duration(4_999)).isEqualTo("0.00");
		assertThat(ServerTimingResponse.duration(5_000)).isEqualTo("0.01");
		assertThat(ServerTimingResponse.duration(90_000)).isEqualTo("0.09");
		assertThat(ServerTimingResponse.duration(1_000_000)).isEqualTo("1.00");
		assertThat(ServerTimingResponse.duration(12_054_999)).isEqualTo("12.05");
		assertThat(ServerTimingResponse.duration(12_055_000)).isEqualTo("12.06");
		assertThat(ServerTimingResponse.duration(1_234_567_890)).isEqualTo("1234.57");
	}

	@Test
	void aClockThatWentBackwardsGivesZero() {
		assertThat(ServerTimingResponse.duration(-3)).isEqualTo("0.00");
	}

}
