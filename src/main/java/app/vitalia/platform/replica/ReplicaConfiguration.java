package app.vitalia.platform.replica;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;

/**
 * Read-only transactions on a PostgreSQL streaming replica, everything else on the
 * primary; on only when {@code VITALIA_DB_REPLICA_URL} is set. The application's
 * DataSource defers taking a connection until the first statement, by which time a
 * read-only transaction has marked the connection read-only: that connection then comes
 * from the replica ({@link ReplicaDataSource}). Flyway, JobRunr and the event registry
 * write, so they stay on the primary.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "vitalia.db.replica.url")
@EnableConfigurationProperties(ReplicaProperties.class)
class ReplicaConfiguration {

	@Bean
	@ConfigurationProperties("spring.datasource.hikari")
	HikariDataSource primaryDataSource(DataSourceProperties properties) {
		HikariDataSource primary = properties.initializeDataSourceBuilder().type(HikariDataSource.class).build();
		primary.setPoolName("primary");
		return primary;
	}

	/**
	 * Waits for a connection as long as the primary's pool does: with Hikari's default
	 * (30 s) a replica that is down held every read-only request that long before it fell
	 * back to the primary.
	 */
	@Bean
	HikariDataSource replicaDataSource(ReplicaProperties replica, DataSourceProperties primary,
			@Qualifier("primaryDataSource") HikariDataSource primaryPool) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setPoolName("replica");
		dataSource.setConnectionTimeout(primaryPool.getConnectionTimeout());
		dataSource.setValidationTimeout(primaryPool.getValidationTimeout());
		dataSource.setJdbcUrl(replica.url());
		dataSource.setUsername(replica.username() != null ? replica.username() : primary.determineUsername());
		dataSource.setPassword(replica.password() != null ? replica.password() : primary.determinePassword());
		dataSource.setMaximumPoolSize(replica.poolSize());
		dataSource.setReadOnly(true);
		// a replica that is down must not stop the application from starting
		dataSource.setInitializationFailTimeout(-1);
		return dataSource;
	}

	@Bean
	ReadYourWrites readYourWrites(ReplicaProperties replica) {
		return new ReadYourWrites(replica.stickyFor());
	}

	@Bean
	@Primary
	DataSource dataSource(HikariDataSource primaryDataSource, HikariDataSource replicaDataSource,
			ReadYourWrites readYourWrites) {
		LazyConnectionDataSourceProxy routing = new LazyConnectionDataSourceProxy(primaryDataSource);
		routing.setReadOnlyDataSource(new ReplicaDataSource(replicaDataSource, primaryDataSource, readYourWrites));
		return routing;
	}

	@Bean
	ReplicaLagMetric replicaLagMetric(HikariDataSource replicaDataSource, MeterRegistry registry) {
		return new ReplicaLagMetric(replicaDataSource, registry);
	}

	@Bean
	FilterRegistrationBean<ReadYourWritesFilter> readYourWritesFilter(ReadYourWrites readYourWrites) {
		FilterRegistrationBean<ReadYourWritesFilter> registration = new FilterRegistrationBean<>(
				new ReadYourWritesFilter(readYourWrites));
		// after Spring Security's chain (-100) has resolved the caller
		registration.setOrder(0);
		return registration;
	}

}
