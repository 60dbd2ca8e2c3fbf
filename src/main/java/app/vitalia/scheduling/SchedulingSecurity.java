package app.vitalia.scheduling;

import app.vitalia.identity.Role;
import app.vitalia.platform.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Scheduling's public path, a private calendar feed where the unguessable token in the
 * path is the credential, and who may add clinicians (admins) and list patients
 * (clinicians and admins).
 */
@Configuration(proxyBeanMethods = false)
class SchedulingSecurity {

	@Bean
	SecurityRules calendarFeedRules() {
		return requests -> requests.requestMatchers(HttpMethod.GET, "/api/calendar-feed/*.ics").permitAll();
	}

	@Bean
	SecurityRules clinicianAndPatientRules() {
		return requests -> requests.requestMatchers(HttpMethod.POST, "/api/doctors")
			.hasRole(Role.ADMIN.name())
			.requestMatchers(HttpMethod.GET, "/api/patients")
			.hasAnyRole(Role.ADMIN.name(), Role.CLINICIAN.name());
	}

}
