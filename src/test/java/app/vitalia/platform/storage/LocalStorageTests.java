package app.vitalia.platform.storage;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.vitalia.platform.DomainException;
import app.vitalia.platform.ObjectStorage.UploadTicket;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Local upload URLs: signed terms, checked on upload. */
class LocalStorageTests {

	@TempDir
	Path directory;

	private final Instant now = Instant.parse("2026-11-29T10:00:00Z");

	private LocalStorage at(Instant instant) {
		return new LocalStorage(this.directory, "secret".getBytes(), Clock.fixed(instant, ZoneOffset.UTC));
	}

	@Test
	void anUploadWithinItsTermsIsStored() {
		LocalStorage storage = at(this.now);
		Map<String, String> url = query(storage.uploadTicket("photos/a.jpg", "image/jpeg", 10, Duration.ofMinutes(5)));

		var stored = upload(storage, url, "image/jpeg", "0123456789".getBytes());

		assertThat(stored.key()).isEqualTo("photos/a.jpg");
		assertThat(stored.size()).isEqualTo(10);
		assertThat(storage.read("photos/a.jpg")).hasValueSatisfying(bytes -> assertThat(bytes).hasSize(10));
	}

	@Test
	void aChangedTermBreaksTheSignature() {
		LocalStorage storage = at(this.now);
		Map<String, String> url = query(storage.uploadTicket("photos/a.jpg", "image/jpeg", 10, Duration.ofMinutes(5)));
		url.put("max", "99999999");

		assertThatThrownBy(() -> upload(storage, url, "image/jpeg", "0123456789".getBytes()))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("UPLOAD_URL_INVALID"));
	}

	@Test
	void anExpiredUrlIsRefused() {
		Map<String, String> url = query(
				at(this.now).uploadTicket("photos/a.jpg", "image/jpeg", 10, Duration.ofMinutes(5)));

		assertThatThrownBy(() -> upload(at(this.now.plusSeconds(301)), url, "image/jpeg", "0123456789".getBytes()))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.code()).isEqualTo("UPLOAD_URL_EXPIRED"));
	}

	@Test
	void anotherContentTypeIsRefused() {
		LocalStorage storage = at(this.now);
		Map<String, String> url = query(storage.uploadTicket("photos/a.jpg", "image/jpeg", 10, Duration.ofMinutes(5)));

		assertThatThrownBy(() -> upload(storage, url, "image/png", "0123456789".getBytes()))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.kind().status()).isEqualTo(415));
	}

	@Test
	void moreBytesThanAllowedAreRefusedAndNotKept() {
		LocalStorage storage = at(this.now);
		Map<String, String> url = query(storage.uploadTicket("photos/a.jpg", "image/jpeg", 10, Duration.ofMinutes(5)));

		// an undeclared length (chunked) is counted while reading
		assertThatThrownBy(() -> storage.accept(url.get("key"), url.get("type"), Long.parseLong(url.get("max")),
				Long.parseLong(url.get("expires")), url.get("sig"), "image/jpeg", -1,
				new ByteArrayInputStream(new byte[11])))
			.isInstanceOfSatisfying(DomainException.class, ex -> assertThat(ex.kind().status()).isEqualTo(413));
		assertThat(storage.read("photos/a.jpg")).isEmpty();
	}

	private static app.vitalia.platform.ObjectStorage.ObjectStored upload(LocalStorage storage, Map<String, String> url,
			String type, byte[] body) {
		return storage.accept(url.get("key"), url.get("type"), Long.parseLong(url.get("max")),
				Long.parseLong(url.get("expires")), url.get("sig"), type, body.length, new ByteArrayInputStream(body));
	}

	private static Map<String, String> query(UploadTicket ticket) {
		Map<String, String> parameters = new HashMap<>();
		for (String pair : URI.create(ticket.url()).getRawQuery().split("&")) {
			String[] parts = pair.split("=", 2);
			parameters.put(parts[0], java.net.URLDecoder.decode(parts[1], java.nio.charset.StandardCharsets.UTF_8));
		}
		return parameters;
	}

}
