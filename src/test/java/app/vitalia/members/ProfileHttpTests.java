package app.vitalia.members;

import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;

import app.vitalia.support.HttpTest;
import app.vitalia.support.Api.Response;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class ProfileHttpTests extends HttpTest {

	@Autowired
	MemberProfiles profiles;

	static Map<String, Object> profile() {
		Map<String, Object> profile = new HashMap<>();
		profile.put("birthDate", "1990-05-15");
		profile.put("sex", "FEMALE");
		profile.put("heightCm", 165);
		profile.put("weightKg", 60);
		profile.put("activityLevel", "MODERATE");
		profile.put("goal", "MAINTAIN");
		profile.put("timezone", "Europe/Madrid");
		return profile;
	}

	@Test
	void aNewMemberHasAnEmptyProfileAndNoTargetsYet() {
		String token = this.api.newMember();
		Response profile = this.api.get("/api/me/profile", token);
		assertThat(profile.status()).isEqualTo(200);
		assertThat(profile.body().path("complete").asBoolean()).isFalse();
		assertThat(profile.body().path("birthDate").isNull()).isTrue();
		Response targets = this.api.get("/api/me/targets", token);
		assertThat(targets.status()).isEqualTo(409);
		assertThat(targets.text("code")).isEqualTo("PROFILE_INCOMPLETE");
	}

	@Test
	void aCompleteProfileYieldsMifflinStJeorTargets() {
		String token = this.api.newMember();
		Response saved = this.api.put("/api/me/profile", profile(), token);
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body().path("complete").asBoolean()).isTrue();

		int age = Period.between(LocalDate.of(1990, 5, 15), LocalDate.now(ZoneId.of("Europe/Madrid"))).getYears();
		long bmr = Math.round(10 * 60 + 6.25 * 165 - 5 * age - 161);
		Response targets = this.api.get("/api/me/targets", token);
		assertThat(targets.status()).isEqualTo(200);
		assertThat(targets.body().path("bmr").asLong()).isEqualTo(bmr);
		assertThat(targets.body().path("tdee").asLong())
			.isEqualTo(Math.round((10 * 60 + 6.25 * 165 - 5 * age - 161) * 1.55));
		assertThat(targets.body().path("calories").asLong()).isEqualTo(targets.body().path("tdee").asLong());
		assertThat(targets.body().path("proteinG").asInt()).isEqualTo(84);
		assertThat(targets.body().path("custom").asBoolean()).isFalse();
	}

	@Test
	void aChangedTimeZoneIsUsedRightAwayDespiteTheCache() {
		String token = this.api.newMember();
		MemberId member = MemberId.of(java.util.UUID.fromString(this.api.get("/api/me", token).text("id")));
		assertThat(this.profiles.zoneOf(member)).isEqualTo(ZoneId.of("UTC"));
		assertThat(this.api.put("/api/me/profile", profile(), token).status()).isEqualTo(200);
		assertThat(this.profiles.zoneOf(member)).isEqualTo(ZoneId.of("Europe/Madrid"));
		Map<String, Object> moved = profile();
		moved.put("timezone", "America/Bogota");
		assertThat(this.api.put("/api/me/profile", moved, token).status()).isEqualTo(200);
		assertThat(this.profiles.zoneOf(member)).isEqualTo(ZoneId.of("America/Bogota"));
	}

	@Test
	void outOfRangeValuesAreRefusedFieldByField() {
		String token = this.api.newMember();
		Map<String, Object> bad = profile();
		bad.put("heightCm", 320);
		bad.put("weightKg", 12.345);
		bad.remove("goal");
		Response response = this.api.put("/api/me/profile", bad, token);
		assertThat(response.status()).isEqualTo(400);
		assertThat(response.body().path("errors").findValuesAsString("field")).containsExactlyInAnyOrder("heightCm",
				"weightKg", "weightKg", "goal");

		Map<String, Object> child = profile();
		child.put("birthDate", LocalDate.now().minusYears(8).toString());
		Response tooYoung = this.api.put("/api/me/profile", child, token);
		assertThat(tooYoung.status()).isEqualTo(400);
		assertThat(tooYoung.body().path("errors").get(0).path("code").asString()).isEqualTo("AGE_OUT_OF_RANGE");

		Map<String, Object> nowhere = profile();
		nowhere.put("timezone", "Mars/Olympus_Mons");
		Response unknownZone = this.api.put("/api/me/profile", nowhere, token);
		assertThat(unknownZone.body().path("errors").get(0).path("field").asString()).isEqualTo("timezone");
		assertThat(unknownZone.body().path("errors").get(0).path("code").asString()).isEqualTo("INVALID_TIME_ZONE");
		assertThat(this.api.get("/api/me/profile", token).body().path("complete").asBoolean()).isFalse();
	}

	@Test
	void weightChangesAreKeptAsHistory() {
		String token = this.api.newMember();
		this.api.put("/api/me/profile", profile(), token);
		Map<String, Object> lighter = profile();
		lighter.put("weightKg", 59.4);
		this.api.put("/api/me/profile", lighter, token);
		Response history = this.api.get("/api/me/weights", token);
		assertThat(history.status()).isEqualTo(200);
		// two saves on the same local day keep the day's latest weight
		assertThat(history.body()).hasSize(1);
		assertThat(history.body().get(0).path("weightKg").decimalValue()).isEqualByComparingTo("59.4");
		assertThat(history.body().get(0).path("recordedOn").asString())
			.isEqualTo(LocalDate.now(ZoneId.of("Europe/Madrid")).toString());
	}

	@Test
	void loggingTodaysWeightMakesItCurrentMovesTheTargetsAndKeepsOneEntryPerDay() {
		String token = this.api.newMember();
		Response before = this.api.post("/api/me/weights", Map.of("weightKg", 61), token);
		assertThat(before.status()).isEqualTo(409);
		assertThat(before.text("code")).isEqualTo("PROFILE_INCOMPLETE");
		this.api.put("/api/me/profile", profile(), token);
		double bmr = this.api.get("/api/me/targets", token).body().path("bmr").asDouble();

		Response logged = this.api.post("/api/me/weights", Map.of("weightKg", 62.5), token);
		assertThat(logged.status()).isEqualTo(201);
		assertThat(logged.body().path("weightKg").decimalValue()).isEqualByComparingTo("62.5");
		assertThat(this.api.get("/api/me/profile", token).body().path("weightKg").decimalValue())
			.isEqualByComparingTo("62.5");
		// Mifflin–St Jeor: 10 kcal per kg
		assertThat(this.api.get("/api/me/targets", token).body().path("bmr").asDouble()).isCloseTo(bmr + 25,
				org.assertj.core.api.Assertions.within(1.0));
		this.api.post("/api/me/weights", Map.of("weightKg", 62.1), token);
		Response history = this.api.get("/api/me/weights", token);
		assertThat(history.body()).hasSize(1);
		assertThat(history.body().get(0).path("weightKg").decimalValue()).isEqualByComparingTo("62.1");

		Response absurd = this.api.post("/api/me/weights", Map.of("weightKg", 4000), token);
		assertThat(absurd.status()).isEqualTo(400);
		assertThat(absurd.body().path("errors").get(0).path("field").asString()).isEqualTo("weightKg");
	}

	@Test
	void membersCanSetTheirOwnTargetsAndGoBack() {
		String token = this.api.newMember();
		Response custom = this.api.put("/api/me/targets",
				Map.of("calories", 1850, "proteinG", 140, "fatG", 60, "carbsG", 185), token);
		assertThat(custom.status()).isEqualTo(200);
		assertThat(custom.body().path("custom").asBoolean()).isTrue();
		assertThat(custom.body().path("bmr").isNull()).isTrue();
		assertThat(this.api.get("/api/me/targets", token).body().path("calories").asInt()).isEqualTo(1850);

		this.api.put("/api/me/profile", profile(), token);
		Response withProfile = this.api.get("/api/me/targets", token);
		assertThat(withProfile.body().path("calories").asInt()).isEqualTo(1850);
		assertThat(withProfile.body().path("bmr").asInt()).isPositive();

		assertThat(this.api.delete("/api/me/targets", token).status()).isEqualTo(204);
		Response calculated = this.api.get("/api/me/targets", token);
		assertThat(calculated.body().path("custom").asBoolean()).isFalse();
		assertThat(calculated.body().path("calories").asInt()).isEqualTo(calculated.body().path("tdee").asInt());

		assertThat(
				this.api.put("/api/me/targets", Map.of("calories", 200, "proteinG", 10, "fatG", 5, "carbsG", 20), token)
					.status())
			.isEqualTo(400);
	}

}
