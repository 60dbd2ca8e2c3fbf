package app.vitalia.support;

import java.util.Map;

import io.micrometer.core.instrument.MeterRegistry;
import org.jspecify.annotations.Nullable;

import app.vitalia.platform.OutboundHttp;
import app.vitalia.platform.http.OutboundHttpProperties;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.web.client.RestClient;

/**
 * The platform's outbound HTTP facility outside an application context, configured by the
 * same {@code vitalia.http.*} properties the application binds.
 */
public final class OutboundClients {

	private OutboundClients() {
	}

	public static OutboundHttp configured(Map<String, String> properties) {
		return configured(properties, null);
	}

	public static OutboundHttp configured(Map<String, String> properties, @Nullable MeterRegistry meters) {
		OutboundHttpProperties bound = new Binder(new MapConfigurationPropertySource(properties))
			.bindOrCreate("vitalia.http", OutboundHttpProperties.class);
		return new OutboundHttp(bound, RestClient.builder(), meters);
	}

}
