package app.vitalia.platform;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Time: the one clock every module reads (so tests can fix it), and scheduled tasks.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class ClockConfiguration {

	@Bean
	Clock clock() {
		return Clock.systemUTC();
	}

}
