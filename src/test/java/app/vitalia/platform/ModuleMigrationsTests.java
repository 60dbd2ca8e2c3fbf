package app.vitalia.platform;

import java.util.Arrays;
import java.util.UUID;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each module numbers its migrations in its own range, so a release can bring a module a
 * migration numbered below another module's applied ones; it must still be applied.
 */
class ModuleMigrationsTests {

	@Test
	void aModulesNewMigrationAppliesAfterALaterModulesMigrations() {
		String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1";
		// an older release: only the shared migrations, scheduling's V5 among them
		Flyway.configure().dataSource(url, "sa", "").locations("classpath:db/migration").load().migrate();

		YamlPropertiesFactoryBean settings = new YamlPropertiesFactoryBean();
		settings.setResources(new ClassPathResource("application.yml"));
		Flyway current = Flyway.configure()
			.dataSource(url, "sa", "")
			.locations("classpath:db/migration", "classpath:db/vendor/h2")
			.outOfOrder(Boolean.parseBoolean(settings.getObject().getProperty("spring.flyway.out-of-order")))
			.load();
		current.migrate();

		assertThat(Arrays.stream(current.info().applied()).map(MigrationInfo::getVersion).map(Object::toString))
			.contains("4.0.3", "4.0.4", "5.0.0");
		assertThat(current.info().pending()).isEmpty();
	}

}
