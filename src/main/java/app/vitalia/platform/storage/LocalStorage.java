package app.vitalia.platform.storage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import app.vitalia.platform.DomainException;
import app.vitalia.platform.ObjectStorage;

/**
 * Objects as files under one directory. Upload URLs point at the application's own
 * {@value #PATH} and carry an HMAC-SHA256 over the method, key, content type, maximum
 * length and expiry, so the application can check an upload without any session.
 */
public class LocalStorage implements ObjectStorage {

	public static final String PATH = "/storage/uploads";

	private static final Pattern SAFE_KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*(/[A-Za-z0-9][A-Za-z0-9._-]*)*");

	private final Path root;

	private final byte[] secret;

	private final Clock clock;

	public LocalStorage(Path root, byte[] secret, Clock clock) {
		this.root = root.toAbsolutePath().normalize();
		this.secret = secret.clone();
		this.clock = clock;
	}

	@Override
	public String kind() {
		return "local";
	}

	@Override
	public UploadTicket uploadTicket(String key, String contentType, long maxBytes, Duration validFor) {
		file(key);
		long expires = this.clock.instant().plus(validFor).getEpochSecond();
		String signature = sign(key, contentType, maxBytes, expires);
		String url = PATH + "?key=" + encode(key) + "&type=" + encode(contentType) + "&max=" + maxBytes + "&expires="
				+ expires + "&sig=" + signature;
		return new UploadTicket(url, "PUT", Map.of("Content-Type", contentType), Instant.ofEpochSecond(expires));
	}

	/**
	 * Checks an upload against its URL's terms and stores it.
	 * @throws DomainException 403 when the signature is wrong or the URL expired, 415 for
	 * another content type, 413 past the maximum length
	 */
	ObjectStored accept(String key, String type, long max, long expires, String signature,
			@org.jspecify.annotations.Nullable String contentType, long declaredLength, InputStream body) {
		byte[] expected = sign(key, type, max, expires).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.US_ASCII))) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "UPLOAD_URL_INVALID",
					"The upload URL's signature does not match");
		}
		if (this.clock.instant().getEpochSecond() > expires) {
			throw new DomainException(DomainException.Kind.FORBIDDEN, "UPLOAD_URL_EXPIRED", "The upload URL expired");
		}
		if (contentType == null || !contentType.trim().equalsIgnoreCase(type)) {
			throw new DomainException(DomainException.Kind.UNSUPPORTED_MEDIA_TYPE, "CONTENT_TYPE_MISMATCH",
					"The upload URL is for " + type);
		}
		if (declaredLength > max) {
			throw tooLarge(max);
		}
		Path target = file(key);
		try {
			Files.createDirectories(target.getParent());
			Path partial = Files.createTempFile(target.getParent(), ".upload-", ".part");
			try {
				long written;
				try (InputStream limited = body) {
					written = copyAtMost(limited, partial, max);
				}
				if (written > max) {
					throw tooLarge(max);
				}
				Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
				return new ObjectStored(key, written);
			}
			finally {
				Files.deleteIfExists(partial);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static long copyAtMost(InputStream in, Path to, long max) throws IOException {
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (var out = Files.newOutputStream(to)) {
			int read;
			while ((read = in.read(buffer)) != -1) {
				total += read;
				if (total > max) {
					return total;
				}
				out.write(buffer, 0, read);
			}
		}
		return total;
	}

	private static DomainException tooLarge(long max) {
		return new DomainException(DomainException.Kind.PAYLOAD_TOO_LARGE, "PAYLOAD_TOO_LARGE",
				"The upload is larger than the " + max + " bytes its URL allows");
	}

	@Override
	public Optional<byte[]> read(String key) {
		Path file = file(key);
		try {
			return Files.exists(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public boolean exists(String key) {
		return Files.isRegularFile(file(key));
	}

	@Override
	public void write(String key, byte[] bytes, String contentType) {
		Path file = file(key);
		try {
			Files.createDirectories(file.getParent());
			Path partial = Files.createTempFile(file.getParent(), ".write-", ".part");
			Files.write(partial, bytes);
			Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void delete(String key) {
		try {
			Files.deleteIfExists(file(key));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Path file(String key) {
		if (!SAFE_KEY.matcher(key).matches() || key.length() > 500) {
			throw DomainException.invalid("key", "INVALID_KEY", "Not a storage key");
		}
		Path file = this.root.resolve(key).normalize();
		if (!file.startsWith(this.root)) {
			throw DomainException.invalid("key", "INVALID_KEY", "Not a storage key");
		}
		return file;
	}

	private String sign(String key, String contentType, long maxBytes, long expires) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(this.secret, "HmacSHA256"));
			String terms = "PUT\n" + key + "\n" + contentType + "\n" + maxBytes + "\n" + expires;
			return HexFormat.of().formatHex(mac.doFinal(terms.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
