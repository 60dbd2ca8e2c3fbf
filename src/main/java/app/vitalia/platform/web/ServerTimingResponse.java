package app.vitalia.platform.web;

import java.io.IOException;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Adds {@code Server-Timing: app;dur=…} to API responses at the last moment the headers
 * can still change: when the body is first written, or when the response is flushed or
 * completed.
 */
class ServerTimingResponse extends HttpServletResponseWrapper {

	private final long startedAt;

	private final boolean api;

	private boolean stamped;

	ServerTimingResponse(HttpServletResponse response, long startedAt, String uri) {
		super(response);
		this.startedAt = startedAt;
		this.api = uri.startsWith("/api/");
	}

	private void stamp() {
		if (this.api && !this.stamped && !isCommitted()) {
			this.stamped = true;
			setHeader("Server-Timing", "app;dur=" + duration(System.nanoTime() - this.startedAt));
		}
	}

	/**
	 * Milliseconds with two decimals ("12.05"), rounded half up, without a Formatter
	 * (this runs on every API response).
	 */
	static String duration(long nanos) {
		long hundredths = (Math.max(nanos, 0) + 5_000) / 10_000;
		long fraction = hundredths % 100;
		return (hundredths / 100) + (fraction < 10 ? ".0" : ".") + fraction;
	}

	@Override
	public ServletOutputStream getOutputStream() throws IOException {
		stamp();
		return super.getOutputStream();
	}

	@Override
	public java.io.PrintWriter getWriter() throws IOException {
		stamp();
		return super.getWriter();
	}

	@Override
	public void flushBuffer() throws IOException {
		stamp();
		super.flushBuffer();
	}

	@Override
	public void sendError(int sc) throws IOException {
		stamp();
		super.sendError(sc);
	}

	@Override
	public void sendError(int sc, String msg) throws IOException {
		stamp();
		super.sendError(sc, msg);
	}

	@Override
	public void setStatus(int sc) {
		super.setStatus(sc);
		if (sc == 204 || sc == 304) {
			stamp();
		}
	}

}
