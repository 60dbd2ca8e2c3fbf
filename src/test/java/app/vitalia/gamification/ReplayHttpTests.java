package app.vitalia.gamification;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

import javax.sql.DataSource;

import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import app.vitalia.support.Profiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.awaitility.Awaitility.await;

class ReplayHttpTests extends HttpTest {

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	JsonNode replay(String admin, boolean dryRun) {
		Response started = this.api.post("/api/admin/gamification/replay", Map.of("dryRun", dryRun), admin);
		assertThat(started.status()).isEqualTo(202);
		assertThat(started.header("Location")).endsWith(started.text("id"));
		String path = "/api/admin/gamification/replay/" + started.text("id");
		await().atMost(Duration.ofSeconds(60))
			.until(() -> !this.api.get(path, admin).text("status").matches("QUEUED|RUNNING"));
		JsonNode done = this.api.get(path, admin).body();
		assertThat(done.path("status").asString()).isEqualTo("DONE");
		assertThat(done.path("processedEvents").asLong()).isEqualTo(done.path("totalEvents").asLong());
		return done;
	}

	long points(String token) {
		return this.api.get("/api/me/progress", token).body().path("points").asLong();
	}

	@Test
	void aRuleChangeIsPreviewedThenAppliedToThePastByAReplay() {
		String admin = this.api.admin();
		String member = this.api.newMember();
		this.api.put("/api/me/profile", Profiles.complete(), member);
		await().atMost(Duration.ofSeconds(20)).until(() -> points(member) == 60);
		try {
			assertThat(
					this.api.put("/api/admin/gamification/rules/PROFILE_COMPLETED", RuleBodies.profileRule(80), admin)
						.status())
				.isEqualTo(200);
			JsonNode preview = replay(admin, true);
			assertThat(preview.path("report").path("membersGaining").asLong()).isPositive();
			assertThat(preview.path("report").path("membersLosing").asLong()).isZero();
			assertThat(points(member)).isEqualTo(60);

			replay(admin, false);
			assertThat(points(member)).isEqualTo(90);
			JsonNode progress = this.api.get("/api/me/progress", member).body();
			assertThat(progress.path("badges")).hasSize(1);
		}
		finally {
			this.api.put("/api/admin/gamification/rules/PROFILE_COMPLETED", RuleBodies.profileRule(50), admin);
			replay(admin, false);
		}
		assertThat(points(member)).isEqualTo(60);
	}

	@Test
	void postgresRefusesToChangeOrDeleteTheEventLog() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assumeThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
		String member = this.api.newMember();
		await().atMost(Duration.ofSeconds(20)).until(() -> points(member) == 10);
		assertThatThrownBy(() -> this.jdbc.update("update gamification_event set type = 'FOOD_LOGGED'"))
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> this.jdbc.update("delete from gamification_event"))
			.hasMessageContaining("append-only");
	}

	@Test
	void aReplayThatSwitchedOverKeepsItsScoresWhenAnnouncingTheBadgesFails() throws SQLException {
		try (Connection connection = this.dataSource.getConnection()) {
			assumeThat(connection.getMetaData().getDatabaseProductName()).isEqualTo("PostgreSQL");
		}
		String admin = this.api.admin();
		String member = this.api.newMember();
		this.api.put("/api/me/profile", Profiles.complete(), member);
		await().atMost(Duration.ofSeconds(20)).until(() -> points(member) == 60);
		Map<String, Object> withoutBadge = RuleBodies.profileRule(50);
		withoutBadge.remove("badgeCode");
		try {
			assertThat(this.api.put("/api/admin/gamification/rules/PROFILE_COMPLETED", withoutBadge, admin).status())
				.isEqualTo(200);
			replay(admin, false);
			assertThat(this.api.get("/api/me/progress", member).body().path("badges")).isEmpty();

			// the badge comes back with more points, and every announcement of it fails
			this.jdbc.execute("alter table event_publication add constraint test_no_badge_awarded "
					+ "check (event_type not like '%BadgeAwarded') not valid");
			assertThat(
					this.api.put("/api/admin/gamification/rules/PROFILE_COMPLETED", RuleBodies.profileRule(80), admin)
						.status())
				.isEqualTo(200);
			replay(admin, false);
			assertThat(points(member)).isEqualTo(90);
			assertThat(this.api.get("/api/me/progress", member).body().path("badges")).hasSize(1);
		}
		finally {
			this.jdbc.execute("alter table event_publication drop constraint if exists test_no_badge_awarded");
			this.api.put("/api/admin/gamification/rules/PROFILE_COMPLETED", RuleBodies.profileRule(50), admin);
			replay(admin, false);
		}
		assertThat(points(member)).isEqualTo(60);
	}

}
