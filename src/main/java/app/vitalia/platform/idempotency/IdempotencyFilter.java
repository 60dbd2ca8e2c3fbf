package app.vitalia.platform.idempotency;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import app.vitalia.platform.Idempotent;
import app.vitalia.platform.Problems;
import app.vitalia.platform.Violation;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Runs {@link Idempotent} handlers once per (account, key): claims the key, runs the
 * request and keeps its answer, or replays the kept answer. Sits after Spring Security so
 * the account is known.
 */
class IdempotencyFilter extends OncePerRequestFilter {

	private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7e]{1,255}");

	private static final long POLL_MILLIS = 50;

	private final RequestMappingHandlerMapping handlers;

	private final IdempotencyStore store;

	private final IdempotencyProperties properties;

	private final Problems problems;

	private final long maxBodyBytes;

	IdempotencyFilter(RequestMappingHandlerMapping handlers, IdempotencyStore store, IdempotencyProperties properties,
			Problems problems, long maxBodyBytes) {
		this.handlers = handlers;
		this.store = store;
		this.properties = properties;
		this.problems = problems;
		this.maxBodyBytes = maxBodyBytes;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return request.getHeader(Idempotent.HEADER) == null || !"POST".equals(request.getMethod());
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String scope = account();
		if (scope == null || !idempotent(request)) {
			chain.doFilter(request, response);
			return;
		}
		String key = request.getHeader(Idempotent.HEADER);
		if (!VALID_KEY.matcher(key).matches()) {
			this.problems.write(request, response,
					Problems.of(400, "VALIDATION_FAILED", "The request has an invalid header",
							List.of(new Violation(Idempotent.HEADER, "INVALID_VALUE",
									"must be 1 to 255 visible ASCII characters"))));
			return;
		}
		byte[] body = request.getInputStream().readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBodyBytes + 1));
		if (body.length > this.maxBodyBytes) {
			this.problems.write(request, response, Problems.of(413, "PAYLOAD_TOO_LARGE",
					"The request body is larger than " + this.maxBodyBytes + " bytes"));
			return;
		}
		String fingerprint = fingerprint(request, body);
		long deadline = System.nanoTime() + this.properties.duplicateWait().toNanos();
		while (true) {
			IdempotencyStore.Claim claim = this.store.claim(scope, key, fingerprint);
			if (claim instanceof IdempotencyStore.Claimed) {
				run(new BufferedRequest(request, body), response, chain, scope, key);
				return;
			}
			if (claim instanceof IdempotencyStore.Completed completed) {
				replay(response, completed);
				return;
			}
			if (claim instanceof IdempotencyStore.Mismatch) {
				this.problems.write(request, response, Problems.of(422, "IDEMPOTENCY_KEY_REUSED",
						"This Idempotency-Key was already used for a different request"));
				return;
			}
			if (System.nanoTime() > deadline) {
				response.setHeader(HttpHeaders.RETRY_AFTER, "1");
				this.problems.write(request, response, Problems.of(409, "IDEMPOTENCY_IN_PROGRESS",
						"A request with this Idempotency-Key is still running; retry shortly"));
				return;
			}
			pause();
		}
	}

	private void run(HttpServletRequest request, HttpServletResponse response, FilterChain chain, String scope,
			String key) throws IOException, ServletException {
		ContentCachingResponseWrapper captured = new ContentCachingResponseWrapper(response);
		boolean kept = false;
		try {
			chain.doFilter(request, captured);
			int status = captured.getStatus();
			if (keeps(status)) {
				this.store.complete(scope, key, status, captured.getContentType(),
						captured.getHeader(HttpHeaders.LOCATION), captured.getContentAsByteArray());
				kept = true;
			}
		}
		finally {
			if (!kept) {
				this.store.release(scope, key);
			}
			captured.copyBodyToResponse();
		}
	}

	/**
	 * Answers worth repeating; conflicts, throttling and server failures may differ next
	 * time.
	 */
	private static boolean keeps(int status) {
		return status < 500 && status != 409 && status != 429;
	}

	private static void replay(HttpServletResponse response, IdempotencyStore.Completed completed) throws IOException {
		response.setStatus(completed.status());
		response.setHeader(Idempotent.REPLAYED_HEADER, "true");
		if (completed.contentType() != null) {
			response.setContentType(completed.contentType());
		}
		if (completed.location() != null) {
			response.setHeader(HttpHeaders.LOCATION, completed.location());
		}
		if (completed.body() != null) {
			response.setContentLength(completed.body().length);
			response.getOutputStream().write(completed.body());
		}
	}

	private boolean idempotent(HttpServletRequest request) {
		try {
			HandlerExecutionChain handler = this.handlers.getHandler(request);
			return handler != null && handler.getHandler() instanceof HandlerMethod method
					&& method.hasMethodAnnotation(Idempotent.class);
		}
		catch (Exception noHandler) {
			return false;
		}
	}

	private static @Nullable String account() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication == null || authentication instanceof AnonymousAuthenticationToken
				|| !authentication.isAuthenticated()) {
			return null;
		}
		return authentication.getName();
	}

	private static String fingerprint(HttpServletRequest request, byte[] body) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			String query = request.getQueryString();
			digest.update(
					(request.getMethod() + " " + request.getRequestURI() + (query != null ? "?" + query : "") + "\n")
						.getBytes(StandardCharsets.UTF_8));
			digest.update(body);
			return HexFormat.of().formatHex(digest.digest());
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void pause() throws ServletException {
		try {
			Thread.sleep(POLL_MILLIS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new ServletException("Interrupted while waiting for an idempotent request", ex);
		}
	}

	/** The request with its body read once, so it can be both fingerprinted and bound. */
	private static final class BufferedRequest extends HttpServletRequestWrapper {

		private final byte[] body;

		BufferedRequest(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(this.body);
			return new ServletInputStream() {

				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] buffer, int offset, int length) {
					return in.read(buffer, offset, length);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException();
				}

			};
		}

		@Override
		public BufferedReader getReader() {
			String encoding = getCharacterEncoding();
			return new BufferedReader(new InputStreamReader(getInputStream(),
					encoding != null ? java.nio.charset.Charset.forName(encoding) : StandardCharsets.UTF_8));
		}

		@Override
		public int getContentLength() {
			return this.body.length;
		}

		@Override
		public long getContentLengthLong() {
			return this.body.length;
		}

	}

}
