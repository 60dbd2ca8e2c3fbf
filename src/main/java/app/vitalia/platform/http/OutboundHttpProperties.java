package app.vitalia.platform.http;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code vitalia.http.clients.<name>.*}: the settings of each outbound HTTP client, by
 * the name its adapter asks for.
 */
@ConfigurationProperties("vitalia.http")
public record OutboundHttpProperties(Map<String, ClientSettings> clients) {

	public OutboundHttpProperties {
		clients = clients == null ? Map.of() : Map.copyOf(clients);
	}

	/** The named client's settings, the defaults when it has none. */
	public ClientSettings client(String name) {
		return this.clients.getOrDefault(name, ClientSettings.DEFAULTS);
	}

}
