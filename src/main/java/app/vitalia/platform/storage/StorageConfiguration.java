package app.vitalia.platform.storage;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

import app.vitalia.platform.ObjectStorage;
import app.vitalia.platform.SecurityRules;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.oauth2.server.resource.web.BearerTokenResolver;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;

/**
 * Chooses the {@link ObjectStorage} adapter: {@code vitalia.storage.type=local} (default)
 * or {@code s3}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

	private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

	@Bean
	@ConditionalOnProperty(name = "vitalia.storage.type", havingValue = "local", matchIfMissing = true)
	LocalStorage localStorage(StorageProperties properties, Clock clock) {
		byte[] secret;
		if (properties.signingSecret() != null) {
			secret = properties.signingSecret().getBytes(StandardCharsets.UTF_8);
		}
		else {
			log.info("No VITALIA_STORAGE_SIGNING_SECRET: upload URLs are signed with a key of this instance only");
			secret = new byte[32];
			new SecureRandom().nextBytes(secret);
		}
		return new LocalStorage(properties.directory(), secret, clock);
	}

	@Bean
	@ConditionalOnProperty(name = "vitalia.storage.type", havingValue = "s3")
	S3Storage s3Storage(StorageProperties properties, Clock clock) {
		if (properties.bucket() == null) {
			throw new IllegalStateException("VITALIA_STORAGE=s3 needs VITALIA_S3_BUCKET");
		}
		S3Configuration pathStyle = S3Configuration.builder()
			.pathStyleAccessEnabled(properties.endpoint() != null)
			.build();
		var client = S3Client.builder().httpClient(UrlConnectionHttpClient.create()).serviceConfiguration(pathStyle);
		var presigner = S3Presigner.builder().serviceConfiguration(pathStyle);
		if (properties.region() != null) {
			client.region(Region.of(properties.region()));
			presigner.region(Region.of(properties.region()));
		}
		if (properties.endpoint() != null) {
			client.endpointOverride(URI.create(properties.endpoint()));
			presigner.endpointOverride(URI.create(properties.endpoint()));
		}
		return new S3Storage(client.build(), presigner.build(), properties.bucket(), clock);
	}

	/** Upload URLs and notifications carry their own authorisation. */
	@Bean
	@Order(0)
	SecurityRules storageSecurityRules() {
		return requests -> requests.requestMatchers(LocalStorage.PATH, S3EventsController.PATH).permitAll();
	}

	/**
	 * The API's bearer tokens, except on the storage's notifications: their
	 * {@code Authorization: Bearer} is the storage's own token (MinIO's webhook sends it
	 * there), which {@link S3EventsController} checks; read as an access token it would
	 * be refused with 401 before the controller. Spring Security's resource server uses
	 * this bean in place of its default resolver.
	 */
	@Bean
	BearerTokenResolver bearerTokenResolver() {
		DefaultBearerTokenResolver accessTokens = new DefaultBearerTokenResolver();
		return request -> request.getRequestURI().equals(request.getContextPath() + S3EventsController.PATH) ? null
				: accessTokens.resolve(request);
	}

}
