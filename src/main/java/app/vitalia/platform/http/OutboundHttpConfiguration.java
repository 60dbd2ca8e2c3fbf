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
	 */
	@Bean
	OutboundHttp outboundHttp(OutboundHttpProperties properties, RestClient.Builder rest,
			ObjectProvider<MeterRegistry> meters) {
		return new OutboundHttp(properties, rest, meters.getIfAvailable());
	}

}
