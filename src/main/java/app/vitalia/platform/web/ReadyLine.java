package app.vitalia.platform.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Says where to open the application once it is ready to serve requests.
 */
@Component
class ReadyLine {

	private static final Logger log = LoggerFactory.getLogger("app.vitalia");

	@EventListener
	void ready(ApplicationReadyEvent event) {
		if (event.getApplicationContext() instanceof WebServerApplicationContext web && web.getWebServer() != null) {
			log.info("Vitalia is ready at http://localhost:{}", web.getWebServer().getPort());
		}
	}

}
