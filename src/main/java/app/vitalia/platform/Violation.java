package app.vitalia.platform;

/**
 * One offending field of a request: the JSON property, a stable code and a readable
 * message.
 */
public record Violation(String field, String code, String message) {
}
