package app.vitalia.platform.runtime;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Time: the one clock every module reads (so tests can fix it), and scheduled tasks.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ClockConfiguration {

	@Bean
	public Clock clock() {
		return Clock.systemUTC();
	}

}
