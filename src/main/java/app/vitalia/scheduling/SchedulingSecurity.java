package app.vitalia.scheduling;

import app.vitalia.platform.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Scheduling's public path: a private calendar feed, where the unguessable token in the
 * path is the credential.
 */
@Configuration(proxyBeanMethods = false)
class SchedulingSecurity {

	@Bean
	SecurityRules calendarFeedRules() {
		return requests -> requests.requestMatchers(HttpMethod.GET, "/api/calendar-feed/*.ics").permitAll();
	}

}
