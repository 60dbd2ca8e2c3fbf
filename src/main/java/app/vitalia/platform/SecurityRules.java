package app.vitalia.platform;

import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * A module's contribution to the application's single security filter chain: its public
 * paths ({@code permitAll}) and its role rules. Declare one as a {@code @Bean}; the
 * platform applies every contribution, in {@code @Order}, after its own public health
 * paths and before its catch-alls ({@code /api/admin/**} and {@code /actuator/**} need
 * the admin role, the rest of {@code /api/**} a signed-in caller, everything else is
 * open). The first matching rule wins: keep rules to the module's own paths.
 */
@FunctionalInterface
public interface SecurityRules {

	void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests);

}
