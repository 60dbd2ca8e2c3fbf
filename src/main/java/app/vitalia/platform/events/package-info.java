/**
 * Event publications: failed ones resubmitted every minute, and events published to a
 * message broker (RabbitMQ) for other services, when configured.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.platform.events;
