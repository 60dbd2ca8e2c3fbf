package app.vitalia.nutrition.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import app.vitalia.support.Api.Response;
import app.vitalia.support.HttpTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;

class FoodImportApiTests extends HttpTest {

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
	void listsImportsNewestFirstWithTheirSummaries() throws Exception {
		String admin = this.api.admin();
		byte[] sr28 = zip(FoodReadersTests.SR28, "FD_GROUP.txt", "FOOD_DES.txt", "NUT_DATA.txt", "WEIGHT.txt");
		String older = upload("sr28", sr28, admin).text("id");
		String newer = upload("sr28", sr28, admin).text("id");
		Response page = this.api.get("/api/admin/foods/imports?size=100", admin);
		long deadline = System.currentTimeMillis() + 30_000;
		while (!settled(page, older, newer) && System.currentTimeMillis() < deadline) {
			Thread.sleep(100);
			page = this.api.get("/api/admin/foods/imports?size=100", admin);
		}
		assertThat(page.status()).isEqualTo(200);
		List<String> ids = new ArrayList<>();
		page.body().path("content").forEach(job -> ids.add(job.path("id").asString()));
		assertThat(ids).containsSubsequence(newer, older);
		JsonNode done = page.body().path("content").get(ids.indexOf(older));
		assertThat(done.path("status").asString()).isEqualTo("SUCCEEDED");
		assertThat(done.path("format").asString()).isEqualTo("sr28");
		assertThat(done.path("foods").asInt()).isEqualTo(3);
		assertThat(page.body().path("totalElements").asLong()).isGreaterThanOrEqualTo(2);

		Response one = this.api.get("/api/admin/foods/imports?size=1", admin);
		assertThat(one.body().path("content").size()).isEqualTo(1);
		assertThat(this.api.get("/api/admin/foods/imports?size=500", admin).status()).isEqualTo(400);
	}

	private static boolean settled(Response page, String... ids) {
		int finished = 0;
		for (JsonNode job : page.body().path("content")) {
			if (List.of(ids).contains(job.path("id").asString())
					&& List.of("SUCCEEDED", "FAILED").contains(job.path("status").asString())) {
				finished++;
			}
		}
		return finished == ids.length;
	}

	@Test
	void reportsTheRemoteSourceToAdmins() {
		Response status = this.api.get("/api/admin/foods/remote", this.api.admin());
		assertThat(status.status()).isEqualTo(200);
		// no API key in the test configuration
		assertThat(status.body().path("configured").asBoolean()).isFalse();
		assertThat(status.text("breaker")).isEqualTo("CLOSED");
		assertThat(status.body().path("quotaRemaining").isNull()).isTrue();
	}

	@Test
	void onlyAdminsImport() throws Exception {
		String member = this.api.newMember();
		assertThat(upload("sr28", zip(FoodReadersTests.SR28, "FOOD_DES.txt"), member).status()).isEqualTo(403);
		assertThat(this.api.get("/api/admin/foods/imports", member).status()).isEqualTo(403);
		assertThat(this.api.get("/api/admin/foods/remote", member).status()).isEqualTo(403);
		assertThat(this.api.get("/api/admin/foods/remote", null).status()).isEqualTo(401);
	}

}
