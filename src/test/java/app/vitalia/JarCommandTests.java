package app.vitalia;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Jar commands start the application without a web server, run and report. */
class JarCommandTests {

	@Test
	void importFoodsRunsWithoutTheWebServerAndExitsCleanly() {
		try (ConfigurableApplicationContext context = VitaliaApplication.command("import-foods", "--format=sr28",
				"src/test/resources/nutrition/sr28-mini")) {
			assertThat(context).isNotInstanceOf(WebServerApplicationContext.class);
			assertThat(context.getBean(JdbcTemplate.class)
				.queryForObject("select count(*) from nutrition_food where source = 'SR28'", Long.class)).isPositive();
			assertThat(SpringApplication.exit(context)).isZero();
		}
	}

	@Test
	void anUnknownCommandExitsWithUsage() {
		try (ConfigurableApplicationContext context = VitaliaApplication.command("no-such-command")) {
			assertThat(SpringApplication.exit(context)).isEqualTo(2);
		}
	}

}
