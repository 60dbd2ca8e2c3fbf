package app.vitalia.identity;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DeviceNameTests {

	@Test
	void namesTheBrowserAndSystemPeopleKnow() {
		assertThat(DeviceName.of("Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 "
				+ "(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1"))
			.isEqualTo(new DeviceName("Safari", "iOS"));
		assertThat(DeviceName.of("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "Chrome/131.0.0.0 Safari/537.36 Edg/131.0.2903.86"))
			.isEqualTo(new DeviceName("Edge", "Windows"));
		assertThat(DeviceName.of("Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "SamsungBrowser/25.0 Chrome/121.0.0.0 Mobile Safari/537.36"))
			.isEqualTo(new DeviceName("Samsung Internet", "Android"));
		assertThat(DeviceName.of("Mozilla/5.0 (Macintosh; Intel Mac OS X 14.5; rv:133.0) Gecko/20100101 Firefox/133.0"))
			.isEqualTo(new DeviceName("Firefox", "macOS"));
		assertThat(DeviceName.of("Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) "
				+ "Chrome/131.0.0.0 Safari/537.36 OPR/115.0.0.0"))
			.isEqualTo(new DeviceName("Opera", "Linux"));
	}

	@Test
	void saysNothingItDoesNotKnow() {
		assertThat(DeviceName.of("curl/8.5.0")).isEqualTo(new DeviceName(null, null));
		assertThat(DeviceName.of(null)).isEqualTo(new DeviceName(null, null));
	}

	@Test
	void keepsOneCleanLineOfAtMost200Characters() {
		assertThat(Sessions.device(" Firefox\n\u0007/1 ")).isEqualTo("Firefox/1");
		assertThat(Sessions.device("   ")).isNull();
		assertThat(Sessions.device(null)).isNull();
		assertThat(Sessions.device("x".repeat(250))).hasSize(200);
		// an emoji across the cut is not split in half
		assertThat(Sessions.device("x".repeat(199) + "\uD83D\uDE00" + "y")).hasSize(199);
	}

}
