package app.vitalia.members;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

// no JobRunr server here: it would compete for the jobs of the full application contexts on
// the shared test database without having their beans
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "platform")
@TestPropertySource(properties = "jobrunr.background-job-server.enabled=false")
class ProfileEventsTests {

	@Autowired
	MemberProfiles profiles;

	static MemberProfile.Facts facts(String weight) {
		return new MemberProfile.Facts(LocalDate.of(1985, 1, 20), Sex.MALE, new BigDecimal("180"),
				new BigDecimal(weight), ActivityLevel.LIGHT, Goal.LOSE, "America/New_York", "en");
	}

	@Test
	void profileCompletedIsPublishedOnlyTheFirstTime(AssertablePublishedEvents events) {
		UUID member = UUID.randomUUID();
		this.profiles.update(member, facts("90"));
		this.profiles.update(member, facts("89.5"));
		assertThat(
				events.ofType(ProfileCompleted.class).matching(ProfileCompleted::memberId, MemberId.of(member)::equals))
			.hasSize(1);
		assertThat(events.ofType(WeightRecorded.class).matching(WeightRecorded::memberId, MemberId.of(member)::equals))
			.hasSize(2);
	}

	@Test
	void unchangedWeightRecordsNothing(AssertablePublishedEvents events) {
		UUID member = UUID.randomUUID();
		this.profiles.update(member, facts("75"));
		this.profiles.update(member, facts("75.0"));
		assertThat(events.ofType(WeightRecorded.class).matching(WeightRecorded::memberId, MemberId.of(member)::equals))
			.hasSize(1);
	}

}
