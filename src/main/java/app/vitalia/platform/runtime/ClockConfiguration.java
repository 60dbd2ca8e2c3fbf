package app.vitalia.platform.runtime;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Time: the one clock every module reads (so tests can fix it), scheduled tasks, and the
 * bound on the application executor's concurrent tasks ({@link BoundedTasks}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ClockConfiguration {

	@Bean
	public Clock clock() {
		return Clock.systemUTC();
	}

	/** Applied by Spring Boot to the application executor (asynchronous listeners). */
	@Bean
	public TaskDecorator boundedTasks(@Value("${vitalia.async.concurrency}") int concurrency) {
		return new BoundedTasks(concurrency);
	}

}
