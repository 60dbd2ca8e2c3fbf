package app.vitalia.platform.web;

import app.vitalia.platform.Problems;
import org.apache.catalina.Container;
import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Problem details for the answers given before Spring MVC runs: Spring Security's
 * firewall (encoded slashes, backslashes, NUL, {@code ;}, {@code ..}, {@code //}, unknown
 * methods) and Tomcat itself.
 */
@Configuration(proxyBeanMethods = false)
class ErrorResponsesConfiguration {

	@Bean
	RequestRejectedHandler problemForRejectedRequests(Problems problems) {
		return (request, response, rejected) -> {
			SecurityHeaders.apply(response, request.isSecure());
			problems.write(request, response, Problems.of(400, "REJECTED_REQUEST",
					"The request's path or method is not allowed (encoded or traversing characters, or an unknown method)"));
		};
	}

	/** Replaces Tomcat's HTML error report (and the one Spring Boot adds) with ours. */
	@Bean
	TomcatContextCustomizer problemReportValve() {
		return context -> {
			Container parent = context.getParent();
			if (parent instanceof StandardHost host) {
				host.setErrorReportValveClass(ProblemReportValve.class.getName());
				host.addLifecycleListener(event -> {
					if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
						for (Valve valve : host.getPipeline().getValves()) {
							if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
								host.getPipeline().removeValve(valve);
							}
						}
					}
				});
			}
		};
	}

}
