package app.vitalia.platform.events;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code vitalia.events.rabbit.*}: which application events other systems receive on
 * RabbitMQ.
 *
 * @param enabled off by default ({@code VITALIA_EVENTS_RABBIT_ENABLED})
 * @param exchange the topic exchange events are published to; the routing key is the
 * event's type name ({@code AppointmentBooked})
 * @param events simple type names of the Vitalia events to publish
 */
@ConfigurationProperties("vitalia.events.rabbit")
public record BrokerEventsProperties(boolean enabled, String exchange, List<String> events) {

	public BrokerEventsProperties {
		exchange = (exchange != null) ? exchange : "vitalia.events";
		events = (events != null) ? List.copyOf(events) : List.of();
	}

}
