package app.vitalia.platform.events;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import app.vitalia.members.MemberId;
import app.vitalia.scheduling.AppointmentBooked;
import app.vitalia.scheduling.AppointmentId;
import app.vitalia.scheduling.ClinicianId;

import org.springframework.amqp.core.Binding;
import org.springframework.amqp.core.BindingBuilder;
import org.springframework.amqp.core.Message;
import org.springframework.amqp.core.Queue;
import org.springframework.amqp.core.TopicExchange;
import org.springframework.amqp.rabbit.core.RabbitAdmin;
import org.springframework.amqp.rabbit.core.RabbitTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Events reach the local RabbitMQ (127.0.0.1:5672) after their transaction commits, as
 * JSON on the {@code vitalia.events} exchange with the event's type name as routing key;
 * a rolled-back change sends nothing.
 */
@SpringBootTest(
		properties = { "vitalia.events.rabbit.enabled=true", "vitalia.events.rabbit.exchange=vitalia.events.test",
				"spring.rabbitmq.host=127.0.0.1", "spring.rabbitmq.port=5672" })
class BrokerEventsTests {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	PlatformTransactionManager transactions;

	@Autowired
	RabbitTemplate rabbit;

	@Autowired
	RabbitAdmin admin;

	@Autowired
	TopicExchange exchange;

	@BeforeAll
	static void brokerRuns() {
		boolean up;
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", 5672), 500);
			up = true;
		}
		catch (IOException ex) {
			up = false;
		}
		if (!up && "true".equalsIgnoreCase(System.getenv("CI"))) {
			throw new IllegalStateException("RabbitMQ is required on CI (.ci/run starts it)");
		}
		assumeTrue(up, "RabbitMQ is not running on 127.0.0.1:5672");
	}

	@Test
	void aCommittedAppointmentBookedIsPublishedAsJsonAndARolledBackOneIsNot() {
		// a plain queue: exclusive or auto-delete ones vanish between the receive calls
		Queue queue = new Queue("vitalia-test-" + UUID.randomUUID(), false, false, false);
		this.admin.declareQueue(queue);
		this.admin.declareBinding(bind(queue, "AppointmentBooked"));
		UUID committed = UUID.randomUUID();
		UUID rolledBack = UUID.randomUUID();
		TransactionTemplate transaction = new TransactionTemplate(this.transactions);
		transaction.executeWithoutResult((status) -> this.events.publishEvent(booked(committed)));
		transaction.executeWithoutResult((status) -> {
			this.events.publishEvent(booked(rolledBack));
			status.setRollbackOnly();
		});

		Message message = this.rabbit.receive(queue.getName(), 15_000);
		assertThat(message).as("AppointmentBooked on RabbitMQ").isNotNull();
		assertThat(message.getMessageProperties().getReceivedRoutingKey()).isEqualTo("AppointmentBooked");
		assertThat(message.getMessageProperties().getContentType()).isEqualTo("application/json");
		assertThat(new String(message.getBody())).contains("\"appointmentId\":\"" + committed + "\"");
		assertThat(this.rabbit.receive(queue.getName(), 2_000)).as("nothing from the rolled-back change").isNull();
		this.admin.deleteQueue(queue.getName());
	}

	private Binding bind(Queue queue, String key) {
		return BindingBuilder.bind(queue).to(this.exchange).with(key);
	}

	private static AppointmentBooked booked(UUID id) {
		Instant start = Instant.parse("2030-01-07T09:00:00Z");
		return new AppointmentBooked(AppointmentId.of(id), ClinicianId.of(UUID.randomUUID()),
				MemberId.of(UUID.randomUUID()), start, start.plusSeconds(1800));
	}

}
