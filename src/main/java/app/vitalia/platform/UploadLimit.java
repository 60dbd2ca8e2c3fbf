package app.vitalia.platform;

import org.springframework.util.unit.DataSize;

/**
 * An endpoint ({@code POST} to exactly {@code path}) that takes multipart uploads larger
 * than the global {@code spring.servlet.multipart.*} limit, declared as a bean by the
 * module that owns it. Every other request keeps the global limit.
 */
public record UploadLimit(String path, DataSize maxSize) {

	public boolean matches(String method, String requestUri) {
		return "POST".equals(method) && this.path.equals(requestUri);
	}

}
