package app.vitalia.recognition;

import java.util.Map;

import org.junit.jupiter.api.Test;

import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The member's privacy settings: recognition's AI consent and gamification's leaderboard
 * opt-in behind one endpoint, each change keeping the other setting.
 */
class SettingsHttpTests extends HttpTest {

	@Test
	void bothSettingsStartOff() {
		Response settings = this.api.get("/api/me/settings", this.api.newMember());

		assertThat(settings.status()).isEqualTo(200);
		assertThat(settings.body().path("aiConsent").asBoolean(true)).isFalse();
		assertThat(settings.body().path("leaderboardOptIn").asBoolean(true)).isFalse();
	}

	@Test
	void eachChangeKeepsTheOtherSetting() {
		String member = this.api.newMember();

		Response consented = this.api.patch("/api/me/settings", Map.of("aiConsent", true), member);
		assertThat(consented.status()).as(consented.body().toString()).isEqualTo(200);
		assertThat(consented.body().path("aiConsent").asBoolean()).isTrue();
		assertThat(consented.body().path("leaderboardOptIn").asBoolean(true)).isFalse();

		Response optedIn = this.api.patch("/api/me/settings", Map.of("leaderboardOptIn", true), member);
		assertThat(optedIn.body().path("aiConsent").asBoolean()).isTrue();
		assertThat(optedIn.body().path("leaderboardOptIn").asBoolean()).isTrue();
		assertThat(this.api.get("/api/me/progress", member).body().path("leaderboardOptIn").asBoolean()).isTrue();

		Response withdrawn = this.api.patch("/api/me/settings", Map.of("aiConsent", false), member);
		assertThat(withdrawn.body().path("aiConsent").asBoolean(true)).isFalse();
		assertThat(withdrawn.body().path("leaderboardOptIn").asBoolean()).isTrue();
		assertThat(this.api.get("/api/me/settings", member).body().path("aiConsent").asBoolean(true)).isFalse();
	}

	@Test
	void aChangeOfNothingIsABadRequest() {
		Response nothing = this.api.patch("/api/me/settings", Map.of(), this.api.newMember());

		assertThat(nothing.status()).isEqualTo(400);
		assertThat(nothing.body().path("errors").get(0).path("code").asString()).isEqualTo("NOTHING_TO_CHANGE");
	}

}
