package app.vitalia.notifications.channels;

import java.math.BigInteger;
import java.net.URI;
import java.net.URISyntaxException;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import javax.crypto.KeyAgreement;

import app.vitalia.platform.DomainException;
import app.vitalia.platform.Violation;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The browsers (push subscriptions) each member allows to show Vitalia's notifications:
 * the push service's endpoint and the browser's keys. An endpoint belongs to whoever
 * subscribed it last; a member keeps their {@value #PER_MEMBER} newest.
 */
@Component
public class PushSubscriptions {

	static final int PER_MEMBER = 10;

	private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

	public record Subscription(UUID id, String endpoint, Instant createdAt) {
	}

	/** What sending to one subscription needs. */
	record Target(UUID id, String endpoint, byte[] p256dh, byte[] auth) {
	}

	private final JdbcTemplate jdbc;

	private final PushProperties properties;

	private final Clock clock;

	PushSubscriptions(JdbcTemplate jdbc, PushProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Stores the browser's subscription for the member (replacing the same endpoint's,
	 * whoever had it) and forgets the member's oldest beyond {@value #PER_MEMBER}.
	 * @throws DomainException 422 {@code INVALID_PUSH_SUBSCRIPTION} with the offending
	 * fields: an endpoint that is not an https URL of a known push service, keys that are
	 * not base64url of a P-256 public point and a 16-byte secret
	 */
	@Transactional
	public Subscription subscribe(UUID memberId, String endpoint, String p256dh, String auth) {
		List<Violation> violations = new ArrayList<>();
		checkEndpoint(endpoint, violations);
		byte[] publicKey = decode(p256dh);
		if (publicKey == null || !onCurve(publicKey)) {
			violations.add(new Violation("keys.p256dh", "INVALID_KEY",
					"must be the browser's P-256 public key: 65 bytes in base64url"));
		}
		byte[] secret = decode(auth);
		if (secret == null || secret.length != 16) {
			violations.add(new Violation("keys.auth", "INVALID_KEY", "must be a 16-byte secret in base64url"));
		}
		if (!violations.isEmpty()) {
			throw new DomainException(DomainException.Kind.UNPROCESSABLE, "INVALID_PUSH_SUBSCRIPTION",
					"The push subscription is not valid", violations);
		}
		this.jdbc
			.queryForList("select id from notifications_push_subscription where endpoint = ?", UUID.class, endpoint)
			.forEach(this::remove);
		Subscription subscription = new Subscription(UUID.randomUUID(), endpoint, this.clock.instant());
		this.jdbc.update(
				"insert into notifications_push_subscription (id, member_id, endpoint, p256dh, auth, created_at) "
						+ "values (?, ?, ?, ?, ?, ?)",
				subscription.id(), memberId, endpoint, p256dh, auth, Timestamp.from(subscription.createdAt()));
		this.jdbc
			.queryForList("select id from notifications_push_subscription where member_id = ? "
					+ "order by created_at desc, id limit 1000 offset ?", UUID.class, memberId, PER_MEMBER)
			.forEach(this::remove);
		return subscription;
	}

	/** Forgets the member's subscription with this endpoint, if any. */
	@Transactional
	public boolean unsubscribe(UUID memberId, String endpoint) {
		List<UUID> mine = this.jdbc.queryForList(
				"select id from notifications_push_subscription where member_id = ? and endpoint = ?", UUID.class,
				memberId, endpoint);
		mine.forEach(this::remove);
		return !mine.isEmpty();
	}

	public List<Subscription> of(UUID memberId) {
		return this.jdbc.query(
				"select id, endpoint, created_at from notifications_push_subscription where member_id = ? "
						+ "order by created_at desc",
				(rs, i) -> new Subscription(rs.getObject(1, UUID.class), rs.getString(2),
						rs.getTimestamp(3).toInstant()),
				memberId);
	}

	@Nullable Target target(UUID id) {
		return this.jdbc
			.query("select id, endpoint, p256dh, auth from notifications_push_subscription where id = ?",
					(rs, i) -> new Target(rs.getObject(1, UUID.class), rs.getString(2), decodeOrEmpty(rs.getString(3)),
							decodeOrEmpty(rs.getString(4))),
					id)
			.stream()
			.findFirst()
			.orElse(null);
	}

	/** Forgets a subscription and what was waiting to be sent to it. */
	void remove(UUID id) {
		this.jdbc.update("delete from notifications_push where subscription_id = ?", id);
		this.jdbc.update("delete from notifications_push_subscription where id = ?", id);
	}

	private void checkEndpoint(String endpoint, List<Violation> violations) {
		URI uri;
		try {
			uri = endpoint.length() > 1000 ? null : new URI(endpoint);
		}
		catch (URISyntaxException ex) {
			uri = null;
		}
		String host = uri == null ? null : uri.getHost();
		if (uri == null || host == null || uri.getUserInfo() != null || uri.getScheme() == null) {
			violations.add(new Violation("endpoint", "INVALID_URL", "must be an https URL of at most 1000 characters"));
			return;
		}
		boolean loopback = LOOPBACK.contains(host.toLowerCase(Locale.ROOT));
		if (!uri.getScheme().equals("https") && !(uri.getScheme().equals("http") && loopback)) {
			violations.add(new Violation("endpoint", "INVALID_URL", "must be an https URL"));
		}
		else if (!this.properties.allows(host)) {
			violations.add(new Violation("endpoint", "UNKNOWN_PUSH_SERVICE",
					"must be the URL of a known browser push service"));
		}
	}

	private static byte @Nullable [] decode(String base64url) {
		if (!base64url.matches("[A-Za-z0-9_-]+={0,2}")) {
			return null;
		}
		try {
			return Base64.getUrlDecoder().decode(base64url);
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private static byte[] decodeOrEmpty(String base64url) {
		byte[] bytes = decode(base64url);
		return bytes == null ? new byte[0] : bytes;
	}

	/**
	 * Whether the bytes are an uncompressed point of P-256: the JDK's key agreement
	 * refuses a point off the curve.
	 */
	private static boolean onCurve(byte[] point) {
		if (point.length != 65 || point[0] != 0x04) {
			return false;
		}
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			var ours = generator.generateKeyPair();
			var params = ((ECPublicKey) ours.getPublic()).getParams();
			ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
					new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
			var theirs = KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, params));
			KeyAgreement agreement = KeyAgreement.getInstance("ECDH");
			agreement.init(ours.getPrivate());
			agreement.doPhase(theirs, true);
			agreement.generateSecret();
			return true;
		}
		catch (GeneralSecurityException | IllegalArgumentException | IllegalStateException ex) {
			return false;
		}
	}

}
