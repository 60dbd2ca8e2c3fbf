package app.vitalia.notifications;

import app.vitalia.platform.SecurityRules;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;

/**
 * Notifications' public path: one-click unsubscribe, where the unguessable token in the
 * path is the credential.
 */
@Configuration(proxyBeanMethods = false)
class NotificationsSecurity {

	@Bean
	SecurityRules unsubscribeRules() {
		return requests -> requests.requestMatchers(HttpMethod.POST, "/api/notifications/unsubscribe/*").permitAll();
	}

}
