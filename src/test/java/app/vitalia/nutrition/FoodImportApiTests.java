package app.vitalia.nutrition;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import app.vitalia.support.Api;
import app.vitalia.support.Api.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class FoodImportApiTests {

	@LocalServerPort
	int port;

	Api api;

	@BeforeEach
	void setUp() {
		this.api = new Api(this.port);
	}

	static byte[] zip(Path directory, String... names) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			for (String name : names) {
				zip.putNextEntry(new ZipEntry("sr28/" + name));
				zip.write(Files.readAllBytes(directory.resolve(name)));
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	Response upload(String format, byte[] file, String token) {
		String boundary = "vitalia-" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(
				("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"data.zip\"\r\n"
						+ "Content-Type: application/zip\r\n\r\n")
					.getBytes(StandardCharsets.UTF_8));
		body.writeBytes(file);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return this.api.raw(this.api.builder("/api/admin/foods/imports?format=" + format, token)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	@Test
	void importsAnUploadedZipInTheBackground() throws Exception {
		byte[] sr28 = zip(FoodReadersTests.SR28, "FD_GROUP.txt", "FOOD_DES.txt", "NUT_DATA.txt", "WEIGHT.txt");
		Response accepted = upload("sr28", sr28, this.api.admin());
		assertThat(accepted.status()).isEqualTo(202);
		String location = accepted.header("Location");
		assertThat(location).startsWith("/api/admin/foods/imports/");

		Response status = this.api.get(location, this.api.admin());
		long deadline = System.currentTimeMillis() + 30_000;
		while (!status.text("status").equals("SUCCEEDED") && !status.text("status").equals("FAILED")
				&& System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
			status = this.api.get(location, this.api.admin());
		}
		assertThat(status.text("status")).isEqualTo("SUCCEEDED");
		assertThat(status.body().path("foods").asInt()).isEqualTo(3);
		assertThat(status.body().path("rowsDone").asLong()).isEqualTo(3);
		assertThat(status.body().path("rowsTotal").asLong()).isEqualTo(3);
	}

	@Test
	void refusesWhatIsNotAZipOrLacksTheLayoutsFiles() throws Exception {
		Response notZip = upload("sr28", "just text".getBytes(StandardCharsets.UTF_8), this.api.admin());
		assertThat(notZip.status()).isEqualTo(400);
		assertThat(notZip.text("code")).isEqualTo("IMPORT_NOT_A_ZIP");

		Response incomplete = upload("sr28", zip(FoodReadersTests.SR28, "FOOD_DES.txt"), this.api.admin());
		assertThat(incomplete.status()).isEqualTo(422);
		assertThat(incomplete.text("detail")).contains("NUT_DATA.txt");

		Response unknownFormat = upload("csv", zip(FoodReadersTests.SR28, "FOOD_DES.txt"), this.api.admin());
		assertThat(unknownFormat.status()).isEqualTo(400);

		assertThat(this.api.get("/api/admin/foods/imports/" + UUID.randomUUID(), this.api.admin()).status())
			.isEqualTo(404);
	}

	@Test
	void onlyAdminsImport() throws Exception {
		Response member = upload("sr28", zip(FoodReadersTests.SR28, "FOOD_DES.txt"), this.api.newMember());
		assertThat(member.status()).isEqualTo(403);
	}

}
