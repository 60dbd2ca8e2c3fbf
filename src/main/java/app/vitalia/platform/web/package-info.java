/**
 * Web plumbing: problem-details errors, strict JSON, request filters, security headers,
 * caches, OpenAPI and the single-page app.
 */
@org.jspecify.annotations.NullMarked
package app.vitalia.platform.web;
