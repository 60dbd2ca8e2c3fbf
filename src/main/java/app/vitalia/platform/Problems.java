package app.vitalia.platform;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Builds RFC 9457 problem details with Vitalia's stable {@code type} URIs and writes them
 * where Spring MVC's exception handling does not reach (security entry points, servlet
 * filters).
 */
@Component
public class Problems {

	public static final String TYPE_BASE = "https://vitalia.app/problems/";

	public static final String REQUEST_ID = "requestId";

	private final JsonMapper json;

	Problems(JsonMapper json) {
		this.json = json;
	}

	/**
	 * A problem for the given status with {@code code} as its stable name.
	 */
	public static ProblemDetail of(int status, String code, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(status), detail);
		problem.setType(type(code));
		problem.setTitle(HttpStatus.valueOf(status).getReasonPhrase());
		problem.setProperty("code", code);
		String requestId = MDC.get(REQUEST_ID);
		if (requestId != null) {
			problem.setProperty(REQUEST_ID, requestId);
		}
		return problem;
	}

	public static ProblemDetail of(int status, String code, String detail, List<Violation> violations) {
		ProblemDetail problem = of(status, code, detail);
		if (!violations.isEmpty()) {
			problem.setProperty("errors", violations);
		}
		return problem;
	}

	public static URI type(String code) {
		return URI.create(TYPE_BASE + code.toLowerCase(Locale.ROOT).replace('_', '-'));
	}

	/** The request path as the problem's instance, or none when it is not a valid URI. */
	public static @Nullable URI instance(String path) {
		try {
			return URI.create(path);
		}
		catch (IllegalArgumentException notAUri) {
			return null;
		}
	}

	/**
	 * Writes the problem as the whole response.
	 */
	public void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
			throws IOException {
		if (problem.getInstance() == null) {
			problem.setInstance(instance(request.getRequestURI()));
		}
		response.setStatus(problem.getStatus());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		this.json.writeValue(response.getOutputStream(), flatten(problem));
	}

	private static Map<String, Object> flatten(ProblemDetail problem) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", problem.getType().toString());
		body.put("title", problem.getTitle());
		body.put("status", problem.getStatus());
		body.put("detail", problem.getDetail());
		if (problem.getInstance() != null) {
			body.put("instance", problem.getInstance().toString());
		}
		if (problem.getProperties() != null) {
			body.putAll(problem.getProperties());
		}
		return body;
	}

}
