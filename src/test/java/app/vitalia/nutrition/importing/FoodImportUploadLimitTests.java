package app.vitalia.nutrition.importing;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The food import takes uploads past the global multipart limit, up to its own; every
 * other endpoint keeps the global one. Small limits stand in for 10 MB and 512 MB.
 */
@TestPropertySource(properties = { "spring.servlet.multipart.max-file-size=16KB",
		"spring.servlet.multipart.max-request-size=16KB", "vitalia.nutrition.import.max-upload-size=64KB" })
class FoodImportUploadLimitTests extends HttpTest {

	static final Path DIRECTORY = temporaryDirectory();

	@DynamicPropertySource
	static void directory(DynamicPropertyRegistry registry) {
		registry.add("vitalia.nutrition.import-directory", DIRECTORY::toString);
	}

	@Autowired
	FoodImportJobRepository jobs;

	/** The SR28 fixture plus {@code padding} incompressible bytes. */
	static byte[] sr28Zip(int padding) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String name : FoodImports.SR28_FILES) {
				zip.putNextEntry(new ZipEntry("sr28/" + name));
				zip.write(Files.readAllBytes(FoodReadersTests.SR28.resolve(name)));
				zip.closeEntry();
			}
			byte[] noise = new byte[padding];
			new Random(42).nextBytes(noise);
			zip.putNextEntry(new ZipEntry("sr28/README.bin"));
			zip.write(noise);
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	static byte[] multipart(String boundary, byte[] file) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.zip\"\r\n"
						+ "Content-Type: application/zip\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}

	Response upload(String path, byte[] file, boolean declareLength) {
		String boundary = "vitalia-" + UUID.randomUUID();
		byte[] body = multipart(boundary, file);
		HttpRequest.BodyPublisher publisher = declareLength ? HttpRequest.BodyPublishers.ofByteArray(body)
				: HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
		return this.api.raw(this.api.builder(path, this.api.admin())
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(publisher));
	}

	@Test
	void acceptsAnImportLargerThanTheGlobalLimit() throws Exception {
		byte[] zip = sr28Zip(30 * 1024);
		assertThat(zip.length).isGreaterThan(16 * 1024).isLessThan(64 * 1024);
		Response accepted = upload("/api/admin/foods/imports?format=sr28", zip, true);
		assertThat(accepted.status()).isEqualTo(202);
		assertThat(this.jobs.findById(UUID.fromString(accepted.text("id")))).isPresent();
	}

	@Test
	void refusesAnImportLargerThanItsOwnLimitWithNothingWritten() throws Exception {
		long before = this.jobs.count();
		byte[] zip = sr28Zip(100 * 1024);

		Response declared = upload("/api/admin/foods/imports?format=sr28", zip, true);
		assertThat(declared.status()).isEqualTo(413);
		assertThat(declared.contentType()).startsWith("application/problem+json");
		assertThat(declared.text("code")).isEqualTo("PAYLOAD_TOO_LARGE");

		// without Content-Length the body is counted as it arrives
		Response streamed = upload("/api/admin/foods/imports?format=sr28", zip, false);
		assertThat(streamed.status()).isEqualTo(413);
		assertThat(streamed.contentType()).startsWith("application/problem+json");

		assertThat(this.jobs.count()).isEqualTo(before);
		assertOnlyQueuedUploadsOnDisk();
	}

	@Test
	void everyOtherEndpointKeepsTheGlobalLimit() throws Exception {
		byte[] zip = sr28Zip(30 * 1024);
		Response declared = upload("/api/foods/custom", zip, true);
		assertThat(declared.status()).isEqualTo(413);
		assertThat(declared.contentType()).startsWith("application/problem+json");

		Response streamed = upload("/api/foods/custom", zip, false);
		assertThat(streamed.status()).isEqualTo(411);
		assertThat(streamed.contentType()).startsWith("application/problem+json");

		// the import's status page is not the upload endpoint either
		assertThat(upload("/api/admin/foods/imports/" + UUID.randomUUID(), zip, true).status()).isEqualTo(413);
	}

	private void assertOnlyQueuedUploadsOnDisk() throws IOException {
		List<String> known = this.jobs.findAll().stream().map(job -> job.getId() + ".zip").toList();
		try (Stream<Path> files = Files.list(DIRECTORY)) {
			assertThat(files.map(file -> file.getFileName().toString())).allMatch(known::contains);
		}
	}

	private static Path temporaryDirectory() {
		try {
			return Files.createTempDirectory("vitalia-food-imports");
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
