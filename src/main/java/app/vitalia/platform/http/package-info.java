/**
 * Settings and wiring of {@link app.vitalia.platform.OutboundHttp}, the shared outbound
 * HTTP facility.
 */
package app.vitalia.platform.http;
