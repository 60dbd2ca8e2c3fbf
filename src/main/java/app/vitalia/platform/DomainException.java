package app.vitalia.platform;

import java.util.List;

/**
 * A failure the client can act on. The {@link Kind} decides the HTTP status, the code is
 * a stable, machine-readable name (e.g. {@code EMAIL_TAKEN}) that also forms the problem
 * type URI.
 */
public class DomainException extends RuntimeException {

	public enum Kind {

		BAD_REQUEST(400), UNAUTHORIZED(401), FORBIDDEN(403), NOT_FOUND(404), CONFLICT(409), GONE(410),
		PAYLOAD_TOO_LARGE(413), UNSUPPORTED_MEDIA_TYPE(415), UNPROCESSABLE(422), TOO_MANY_REQUESTS(429);

		private final int status;

		Kind(int status) {
			this.status = status;
		}

		public int status() {
			return this.status;
		}

	}

	private final Kind kind;

	private final String code;

	private final List<Violation> violations;

	public DomainException(Kind kind, String code, String detail) {
		this(kind, code, detail, List.of());
	}

	public DomainException(Kind kind, String code, String detail, List<Violation> violations) {
		super(detail, null, false, false);
		this.kind = kind;
		this.code = code;
		this.violations = List.copyOf(violations);
	}

	public static DomainException notFound(String what) {
		return new DomainException(Kind.NOT_FOUND, "NOT_FOUND", what + " was not found");
	}

	public static DomainException invalid(String field, String code, String message) {
		return new DomainException(Kind.BAD_REQUEST, "VALIDATION_FAILED", "The request has invalid fields",
				List.of(new Violation(field, code, message)));
	}

	public Kind kind() {
		return this.kind;
	}

	public String code() {
		return this.code;
	}

	public List<Violation> violations() {
		return this.violations;
	}

}
