package app.vitalia.platform.web;

import java.io.IOException;
import java.util.List;

import app.vitalia.platform.Problems;
import app.vitalia.platform.UploadLimit;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses bodies declared larger than their limit with 413, before anything reads them:
 * API bodies the configured JSON limit, multipart uploads the global
 * {@code spring.servlet.multipart.max-request-size}, or their endpoint's
 * {@link UploadLimit}. The servlet's own multipart limit is the largest upload limit (see
 * {@link UploadConfiguration}), so a multipart body elsewhere must declare its length
 * (411 otherwise) to be held to the global one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestSizeFilter extends OncePerRequestFilter {

	private final long maxBytes;

	private final long maxMultipartBytes;

	private final List<UploadLimit> uploads;

	private final Problems problems;

	RequestSizeFilter(@Value("${vitalia.max-json-body:1MB}") DataSize maxBody,
			@Value("${spring.servlet.multipart.max-request-size:10MB}") DataSize maxMultipart,
			ObjectProvider<UploadLimit> uploads, Problems problems) {
		this.maxBytes = maxBody.toBytes();
		this.maxMultipartBytes = maxMultipart.toBytes();
		this.uploads = uploads.orderedStream().toList();
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		long length = request.getContentLengthLong();
		if (contentType != null && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
			UploadLimit upload = this.uploads.stream()
				.filter(candidate -> candidate.matches(request.getMethod(), request.getRequestURI()))
				.findFirst()
				.orElse(null);
			long limit = upload != null ? upload.maxSize().toBytes() : this.maxMultipartBytes;
			if (limit >= 0 && length > limit) {
				tooLarge(request, response, limit);
				return;
			}
			if (upload == null && limit >= 0 && length < 0) {
				this.problems.write(request, response,
						Problems.of(411, "LENGTH_REQUIRED", "Multipart requests must declare their Content-Length"));
				return;
			}
		}
		else if (request.getRequestURI().startsWith("/api/") && length > this.maxBytes) {
			tooLarge(request, response, this.maxBytes);
			return;
		}
		chain.doFilter(request, response);
	}

	private void tooLarge(HttpServletRequest request, HttpServletResponse response, long limit) throws IOException {
		this.problems.write(request, response,
				Problems.of(413, "PAYLOAD_TOO_LARGE", "The request body is larger than " + limit + " bytes"));
	}

}
