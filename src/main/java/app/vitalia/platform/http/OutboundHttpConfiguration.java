package app.vitalia.platform.http;

import io.micrometer.core.instrument.MeterRegistry;

import app.vitalia.platform.OutboundHttp;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.client.RestClient;

@Configuration(proxyBeanMethods = false)
class OutboundHttpConfiguration {

	/**
	 * Spring Boot's builder brings the message converters and the request observations.
	 * It is asked for at a client's first call, not at start: making one builds an HTTP
	 * client and loads the system's TLS trust store, which the clients then replace.
	 */
	@Bean
	OutboundHttp outboundHttp(OutboundHttpProperties properties, ObjectProvider<RestClient.Builder> rest,
			ObjectProvider<MeterRegistry> meters) {
		return new OutboundHttp(properties, rest::getObject, meters.getIfAvailable());
	}

}
