package app.vitalia.platform.web;

import java.io.IOException;

import app.vitalia.platform.Problems;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The servlet container's error page ({@code /error}): failures that escaped Spring MVC
 * (a filter's exception, {@code sendError}) become problem details too, whatever the
 * client accepts.
 */
@Controller
class ProblemErrorController implements ErrorController {

	private static final Logger log = LoggerFactory.getLogger(ProblemErrorController.class);

	private final Problems problems;

	ProblemErrorController(Problems problems) {
		this.problems = problems;
	}

	@RequestMapping("${server.error.path:/error}")
	void error(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = code instanceof Integer number && number >= 400 ? number : 500;
		Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
		if (failure instanceof Throwable throwable && DatabaseUnavailable.causedBy(throwable)) {
			response.setHeader("Retry-After", DatabaseUnavailable.RETRY_AFTER_SECONDS);
			ProblemDetail problem = DatabaseUnavailable.problemFor(throwable);
			problem.setProperty(Problems.REQUEST_ID, requestId(response));
			this.problems.write(request, response, problem);
			return;
		}
		if (failure instanceof Throwable throwable && status >= 500) {
			log.error("Unexpected failure outside Spring MVC", throwable);
		}
		HttpStatus known = HttpStatus.resolve(status);
		ProblemDetail problem = Problems.of(status, status >= 500 ? "INTERNAL_ERROR" : codeFor(status),
				status >= 500 ? "Something went wrong on our side; the request id identifies it"
						: known != null ? known.getReasonPhrase() : "Request failed");
		if (!response.containsHeader("X-Content-Type-Options")) {
			SecurityHeaders.apply(response, request.isSecure());
		}
		problem.setProperty(Problems.REQUEST_ID, requestId(response));
		if (request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) instanceof String path) {
			problem.setInstance(Problems.instance(path));
		}
		this.problems.write(request, response, problem);
	}

	/** Tomcat may refuse a request (TRACE) before any filter gave it an id. */
	private static String requestId(HttpServletResponse response) {
		String requestId = response.getHeader(RequestTracingFilter.HEADER);
		if (requestId == null) {
			requestId = java.util.UUID.randomUUID().toString();
			response.setHeader(RequestTracingFilter.HEADER, requestId);
		}
		return requestId;
	}

	private static String codeFor(int status) {
		return switch (status) {
			case 404 -> "NOT_FOUND";
			case 405 -> "METHOD_NOT_ALLOWED";
			case 413 -> "PAYLOAD_TOO_LARGE";
			case 415 -> "UNSUPPORTED_MEDIA_TYPE";
			default -> "BAD_REQUEST";
		};
	}

}
