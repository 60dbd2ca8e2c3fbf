package app.vitalia.platform.events;

import java.util.concurrent.CompletableFuture;

import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.amqp.support.converter.JacksonJsonMessageConverter;
import org.springframework.amqp.support.converter.MessageConverter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import org.springframework.modulith.events.RoutingTarget;
import org.springframework.modulith.events.support.DelegatingEventExternalizer;

/**
 * Externalises selected application events to RabbitMQ through Spring Modulith's event
 * externalisation: the events' publications are in the JDBC registry with the change that
 * raised them, the externaliser sends each one after its transaction commits, and a send
 * that fails leaves the publication incomplete, so it is sent again on restart. Spring
 * Modulith's own AMQP transport ({@code spring-modulith-events-amqp}) is not served by
 * the repository this project builds from, so the transport here is the same few lines on
 * Spring AMQP's {@code RabbitTemplate}. JSON bodies, exchange {@code vitalia.events},
 * routing key = event type name.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("vitalia.events.rabbit.enabled")
@EnableConfigurationProperties(BrokerEventsProperties.class)
class BrokerEventsConfiguration {

	@Bean
	TopicExchange vitaliaEventsExchange(BrokerEventsProperties properties) {
		return new TopicExchange(properties.exchange(), true, false);
	}

	@Bean
	MessageConverter jsonMessageConverter() {
		return new JacksonJsonMessageConverter();
	}

	@Bean
	EventExternalizationConfiguration eventExternalizationConfiguration(BrokerEventsProperties properties) {
		return EventExternalizationConfiguration.externalizing()
			.select((event) -> event.getClass().getPackageName().startsWith("app.vitalia.")
					&& properties.events().contains(event.getClass().getSimpleName()))
			.routeAll(
					(event) -> RoutingTarget.forTarget(properties.exchange()).andKey(event.getClass().getSimpleName()))
			.build();
	}

	@Bean
	DelegatingEventExternalizer rabbitEventExternalizer(EventExternalizationConfiguration configuration,
			RabbitTemplate rabbit) {
		return new DelegatingEventExternalizer(configuration, (target, payload) -> {
			rabbit.convertAndSend(target.getTarget(), target.getKey(), payload);
			return CompletableFuture.completedFuture(null);
		});
	}

}
