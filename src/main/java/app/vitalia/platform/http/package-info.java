/**
 * Settings and wiring of {@link app.vitalia.platform.OutboundHttp}, the shared outbound
 * HTTP facility.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.platform.http;
