package app.vitalia.platform.storage;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;

import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.junit.S3ProxyExtension;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import app.vitalia.platform.ObjectStorage.UploadTicket;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The S3 adapter against a real S3-compatible server (S3Proxy, started per test): the
 * presigned PUT takes exactly the bytes and type it was signed for, and nothing after it
 * expires.
 */
class S3StorageTests {

	@RegisterExtension
	static final S3ProxyExtension SERVER = S3ProxyExtension.builder()
		.withCredentials(AuthenticationType.AWS_V4, "access", "secret-key")
		.build();

	private final HttpClient http = HttpClient.newHttpClient();

	private S3Storage storage;

	@BeforeEach
	void bucket() {
		URI endpoint = SERVER.getUri();
		var credentials = StaticCredentialsProvider
			.create(AwsBasicCredentials.create(SERVER.getAccessKey(), SERVER.getSecretKey()));
		S3Configuration pathStyle = S3Configuration.builder().pathStyleAccessEnabled(true).build();
		S3Client client = S3Client.builder()
			.httpClient(UrlConnectionHttpClient.create())
			.region(Region.US_EAST_1)
			.endpointOverride(endpoint)
			.credentialsProvider(credentials)
			.serviceConfiguration(pathStyle)
			.build();
		S3Presigner presigner = S3Presigner.builder()
			.region(Region.US_EAST_1)
			.endpointOverride(endpoint)
			.credentialsProvider(credentials)
			.serviceConfiguration(pathStyle)
			.build();
		client.createBucket(request -> request.bucket("meal-photos"));
		this.storage = new S3Storage(client, presigner, "meal-photos", Clock.systemUTC());
	}

	@Test
	void aPresignedPutStoresTheBytesItWasSignedFor() throws Exception {
		byte[] photo = "not really a jpeg, but bytes".getBytes();
		UploadTicket ticket = this.storage.uploadTicket("photos/a.jpg", "image/jpeg", photo.length,
				Duration.ofMinutes(5));

		assertThat(ticket.method()).isEqualTo("PUT");
		assertThat(put(ticket.url(), "image/jpeg", photo).statusCode()).isEqualTo(200);
		assertThat(this.storage.read("photos/a.jpg")).hasValueSatisfying(read -> assertThat(read).isEqualTo(photo));

		this.storage.delete("photos/a.jpg");
		assertThat(this.storage.read("photos/a.jpg")).isEmpty();
	}

	@Test
	void anotherContentTypeIsRefused() throws Exception {
		byte[] photo = "bytes".getBytes();
		UploadTicket ticket = this.storage.uploadTicket("photos/b.jpg", "image/jpeg", photo.length,
				Duration.ofMinutes(5));

		HttpResponse<String> answer = put(ticket.url(), "image/png", photo);

		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.body()).contains("SignatureDoesNotMatch");
		assertThat(this.storage.read("photos/b.jpg")).isEmpty();
	}

	@Test
	void anotherLengthIsRefused() throws Exception {
		UploadTicket ticket = this.storage.uploadTicket("photos/c.jpg", "image/jpeg", 5, Duration.ofMinutes(5));

		assertThat(put(ticket.url(), "image/jpeg", "more than five bytes".getBytes()).statusCode()).isEqualTo(403);
		assertThat(this.storage.read("photos/c.jpg")).isEmpty();
	}

	@Test
	void anExpiredUrlIsRefused() throws Exception {
		byte[] photo = "bytes".getBytes();
		UploadTicket ticket = this.storage.uploadTicket("photos/d.jpg", "image/jpeg", photo.length,
				Duration.ofSeconds(1));
		Thread.sleep(2100);

		HttpResponse<String> answer = put(ticket.url(), "image/jpeg", photo);

		assertThat(answer.statusCode()).isEqualTo(403);
		assertThat(answer.body()).contains("AccessDenied");
		assertThat(this.storage.read("photos/d.jpg")).isEmpty();
	}

	private HttpResponse<String> put(String url, String contentType, byte[] body) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", contentType)
			.PUT(HttpRequest.BodyPublishers.ofByteArray(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

}
