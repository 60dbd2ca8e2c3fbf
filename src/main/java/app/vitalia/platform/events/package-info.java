/**
 * Selected application events published to RabbitMQ through Spring Modulith's
 * externalisation, when enabled.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.platform.events;
