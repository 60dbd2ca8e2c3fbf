package app.vitalia.platform.web;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.json.JsonMapper;

import app.vitalia.platform.Problems;

/**
 * Answers the errors Tomcat handles itself, before the application sees the request (a
 * request line or header over the limit, an encoded slash or NUL in the path, TRACE), as
 * problem details with a request id and the security headers, instead of Tomcat's HTML
 * page.
 */
public class ProblemReportValve extends ErrorReportValve {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		try {
			String requestId = response.getHeader("X-Request-Id");
			if (requestId == null) {
				requestId = UUID.randomUUID().toString();
				response.setHeader("X-Request-Id", requestId);
			}
			SecurityHeaders.apply(response, request.isSecure());
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setCharacterEncoding("UTF-8");
			HttpStatus known = HttpStatus.resolve(status);
			String code = status == 405 ? "METHOD_NOT_ALLOWED" : status == 414 || status == 431 || status == 413
					? "REQUEST_TOO_LARGE" : status >= 500 ? "INTERNAL_ERROR" : "BAD_REQUEST";
			Map<String, Object> body = new LinkedHashMap<>();
			body.put("type", Problems.type(code).toString());
			body.put("title", known != null ? known.getReasonPhrase() : "Error");
			body.put("status", status);
			body.put("detail", status >= 500 ? "Something went wrong on our side; the request id identifies it"
					: "The server refused the request line or headers");
			body.put("code", code);
			body.put(Problems.REQUEST_ID, requestId);
			PrintWriter writer = response.getReporter();
			if (writer != null) {
				writer.write(JSON.writeValueAsString(body));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ex) {
			// the connection is gone or the response already committed: nothing to add
		}
	}

}
