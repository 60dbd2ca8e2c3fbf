package app.vitalia.platform.security;

import app.vitalia.platform.Problems;
import app.vitalia.platform.SecurityRules;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The application's one filter chain: stateless bearer tokens for the API, problem
 * details for 401 and 403, security headers for everything served. Modules open their
 * paths and declare their role rules through {@link SecurityRules} beans; whatever they
 * leave open under {@code /api/admin/**} and {@code /actuator/**} needs the admin role,
 * the rest of {@code /api/**} a signed-in caller. The token decoder and the
 * claims-to-authorities converter come from the module that issues tokens.
 */
@Configuration(proxyBeanMethods = false)
class ApiSecurityConfiguration {

	static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
			+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; font-src 'self' data:; "
			+ "connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

	/** Identity's {@code Role.ADMIN}: the role every {@code /api/admin/**} path needs. */
	static final String ADMIN_ROLE = "ADMIN";

	/**
	 * No observation around each security filter, authentication and authorization: with
	 * them every request paid a wrapper and an observation per filter (about a sixth of
	 * the CPU of a cheap authenticated GET in a JFR profile), and only the HTTP server
	 * observation feeds the metrics and traces we use.
	 */
	@Bean
	static SecurityObservationSettings securityObservationSettings() {
		return SecurityObservationSettings.noObservations();
	}

	@Bean
	@ConditionalOnWebApplication
	SecurityFilterChain api(HttpSecurity http, ObjectProvider<SecurityRules> moduleRules,
			ObjectProvider<JwtDecoder> jwtDecoder,
			ObjectProvider<Converter<Jwt, AbstractAuthenticationToken>> jwtAuthenticationConverter, Problems problems)
			throws Exception {
		AuthenticationEntryPoint unauthorized = (request, response, ex) -> {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
			problems.write(request, response, Problems.of(401, "UNAUTHORIZED",
					"A valid access token is required: sign in, or refresh an expired token"));
		};
		AccessDeniedHandler forbidden = (request, response, ex) -> problems.write(request, response,
				Problems.of(403, "FORBIDDEN", "You are not allowed to perform this action"));
		// a context without the module that issues tokens (a module test) still gets the
		// rules, and every protected path answers 401
		if (jwtDecoder.getIfAvailable() != null) {
			http.oauth2ResourceServer(resourceServer -> resourceServer
				.jwt(jwt -> jwtAuthenticationConverter.ifAvailable(jwt::jwtAuthenticationConverter))
				.authenticationEntryPoint(unauthorized)
				.accessDeniedHandler(forbidden));
		}
		return http.csrf(csrf -> csrf.disable()).cors(cors -> {
		})
			.sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(cache -> cache.disable())
			.authorizeHttpRequests(requests -> {
				requests.requestMatchers("/api/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus")
					.permitAll();
				moduleRules.orderedStream().forEach(rules -> rules.apply(requests));
				requests.requestMatchers("/api/admin/**", "/actuator/**")
					.hasRole(ADMIN_ROLE)
					.requestMatchers("/api/**")
					.authenticated()
					.anyRequest()
					.permitAll();
			})
			.exceptionHandling(
					exceptions -> exceptions.authenticationEntryPoint(unauthorized).accessDeniedHandler(forbidden))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
				.frameOptions(frame -> frame.deny()))
			.build();
	}

}
