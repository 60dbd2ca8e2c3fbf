package app.vitalia.platform.web;

import java.util.List;

import app.vitalia.platform.DomainException;
import app.vitalia.platform.Problems;
import app.vitalia.platform.Text;
import app.vitalia.platform.TooManyRequestsException;
import app.vitalia.platform.Violation;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;

import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.method.ParameterValidationResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.util.DisconnectedClientHelper;

/**
 * Maps every failure to an RFC 9457 problem with a stable type and code; field errors are
 * listed under {@code errors}. Internals never leak: unexpected failures are logged with
 * the request id and answered with a generic 500.
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	@ExceptionHandler(DomainException.class)
	ResponseEntity<ProblemDetail> domain(DomainException ex) {
		ProblemDetail problem = Problems.of(ex.kind().status(), ex.code(), ex.getMessage(), ex.violations());
		HttpHeaders headers = new HttpHeaders();
		if (ex instanceof TooManyRequestsException tooMany) {
			headers.set(HttpHeaders.RETRY_AFTER, String.valueOf(tooMany.retryAfterSeconds()));
			headers.set("RateLimit",
					"limit=%d, remaining=0, reset=%d".formatted(tooMany.limit(), tooMany.retryAfterSeconds()));
		}
		return ResponseEntity.status(ex.kind().status()).headers(headers).body(problem);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<ProblemDetail> typeMismatch(MethodArgumentTypeMismatchException ex) {
		return ResponseEntity.badRequest()
			.body(Problems.of(400, "VALIDATION_FAILED", "The request has invalid parameters",
					List.of(new Violation(ex.getName(), "INVALID_VALUE", "has an invalid value"))));
	}

	/**
	 * Only a real clash with existing rows (a uniqueness or reference race) is a
	 * conflict; any other refusal by the database means a value validation let through,
	 * which is still the request's fault.
	 */
	@ExceptionHandler(DataIntegrityViolationException.class)
	ResponseEntity<ProblemDetail> integrity(DataIntegrityViolationException ex) {
		String state = sqlState(ex);
		if (ex instanceof DuplicateKeyException || "23505".equals(state) || "23503".equals(state)) {
			log.info("Integrity violation answered with 409: {}", ex.getMostSpecificCause().getMessage());
			return ResponseEntity.status(409)
				.body(Problems.of(409, "CONFLICT", "The request conflicts with the current state of the resource"));
		}
		log.warn("Value refused by the database answered with 400 (validation should catch it): {}",
				ex.getMostSpecificCause().getMessage());
		return ResponseEntity.badRequest()
			.body(Problems.of(400, "VALIDATION_FAILED", "The request has a value that cannot be stored"));
	}

	private static @Nullable String sqlState(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
				return sql.getSQLState();
			}
		}
		return null;
	}

	/** Two requests changed the same thing at once (optimistic version, lock wait). */
	@ExceptionHandler(ConcurrencyFailureException.class)
	ResponseEntity<ProblemDetail> concurrentChange(ConcurrencyFailureException ex) {
		log.info("Concurrent change answered with 409: {}", ex.getMessage());
		return ResponseEntity.status(409)
			.body(Problems.of(409, "CONCURRENT_CHANGE",
					"Someone else changed this at the same time; reload it and try again"));
	}

	@ExceptionHandler(AccessDeniedException.class)
	ResponseEntity<ProblemDetail> accessDenied(AccessDeniedException ex) {
		return ResponseEntity.status(403)
			.body(Problems.of(403, "FORBIDDEN", "You are not allowed to perform this action"));
	}

	@ExceptionHandler(Exception.class)
	@Nullable ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		if (DisconnectedClientHelper.isClientDisconnectedException(ex)) {
			// the client closed the connection (a browser leaving a page mid-download):
			// nothing went wrong here and no one is left to answer
			log.debug("Client went away before the answer was written: {}", ex.toString());
			return null;
		}
		if (DatabaseUnavailable.causedBy(ex)) {
			log.warn("Database or Redis unavailable, answered 503: {}", ex.getMessage());
			return ResponseEntity.status(503)
				.header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
				.body(DatabaseUnavailable.problemFor(ex));
		}
		log.error("Unexpected failure", ex);
		return ResponseEntity.status(500)
			.body(Problems.of(500, "INTERNAL_ERROR", "Something went wrong on our side; the request id identifies it"));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Violation> violations = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(error -> new Violation(error.getField(), code(error.getCode()), error.getDefaultMessage()))
			.toList();
		return ResponseEntity.badRequest()
			.body(Problems.of(400, "VALIDATION_FAILED", "The request has invalid fields", violations));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
			HandlerMethodValidationException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Violation> violations = ex.getParameterValidationResults()
			.stream()
			.flatMap(result -> result.getResolvableErrors()
				.stream()
				.map(error -> new Violation(parameterName(result), code(constraintName(error.getCodes())),
						error.getDefaultMessage())))
			.toList();
		return ResponseEntity.badRequest()
			.body(Problems.of(400, "VALIDATION_FAILED", "The request has invalid parameters", violations));
	}

	@Override
	protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		JacksonException jackson = jacksonCause(ex);
		if (jackson != null && !jackson.getPath().isEmpty()) {
			String field = jackson.getPath()
				.stream()
				.map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
				.reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b)
				.orElse("");
			return ResponseEntity.badRequest()
				.body(Problems.of(400, "VALIDATION_FAILED", "The request has a field of the wrong type or format",
						List.of(violation(field, jackson))));
		}
		return ResponseEntity.badRequest()
			.body(Problems.of(400, "MALFORMED_REQUEST", "The request body is missing or is not valid JSON"));
	}

	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, @Nullable Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		ProblemDetail problem = Problems.of(statusCode.value(), codeFor(statusCode), detailFor(body, statusCode));
		return ResponseEntity.status(statusCode).headers(headers).body(problem);
	}

	private static String detailFor(@Nullable Object body, HttpStatusCode status) {
		if (body instanceof ProblemDetail detail && detail.getDetail() != null && status.value() != 500) {
			return detail.getDetail();
		}
		HttpStatus known = HttpStatus.resolve(status.value());
		return known != null ? known.getReasonPhrase() : "Request failed";
	}

	private static String codeFor(HttpStatusCode status) {
		return switch (status.value()) {
			case 404 -> "NOT_FOUND";
			case 405 -> "METHOD_NOT_ALLOWED";
			case 406 -> "NOT_ACCEPTABLE";
			case 413 -> "PAYLOAD_TOO_LARGE";
			case 415 -> "UNSUPPORTED_MEDIA_TYPE";
			case 400 -> "BAD_REQUEST";
			default -> status.is5xxServerError() ? "INTERNAL_ERROR" : "REQUEST_FAILED";
		};
	}

	private static Violation violation(String field, JacksonException jackson) {
		if (jackson instanceof InvalidFormatException format && format.getTargetType() == String.class) {
			return new Violation(field, Text.INVALID_CHARACTERS, "contains control characters or unpaired surrogates");
		}
		if (jackson instanceof InvalidNullException) {
			return new Violation(field, "NOT_NULL", "must not be null");
		}
		if (jackson instanceof StreamReadException
				&& String.valueOf(jackson.getOriginalMessage()).contains("Duplicate")) {
			return new Violation(field, "DUPLICATE_KEY", "appears more than once");
		}
		return new Violation(field, "INVALID_FORMAT", "has the wrong type or format");
	}

	private static @Nullable JacksonException jacksonCause(Throwable ex) {
		for (Throwable cause = ex; cause != null; cause = cause.getCause()) {
			if (cause instanceof JacksonException jackson) {
				return jackson;
			}
		}
		return null;
	}

	/** The most general of an error's codes: the constraint's own name. */
	private static @Nullable String constraintName(String @Nullable [] codes) {
		return codes == null || codes.length == 0 ? null : codes[codes.length - 1];
	}

	private static String parameterName(ParameterValidationResult result) {
		String name = result.getMethodParameter().getParameterName();
		return name != null ? name : "parameter";
	}

	private static String code(@Nullable String constraint) {
		if (constraint == null) {
			return "INVALID";
		}
		String simple = constraint.substring(constraint.lastIndexOf('.') + 1);
		return simple.replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT);
	}

}
