package app.vitalia.notifications;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Cipher;
import javax.crypto.KeyAgreement;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A local push service with browsers subscribed to it: it checks each delivery as a real
 * push service does (a VAPID {@code Authorization} header whose ES256 token is signed by
 * the key it names and addressed to this origin, {@code aes128gcm} content encoding, a
 * {@code TTL}) and answers with the status queued for the subscription (201 by default).
 * Each {@link Browser} decrypts what it was sent with its own keys (RFC 8291).
 */
final class PushStub implements AutoCloseable {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

	/** One delivery as the push service received it, after checking it. */
	record Delivery(String path, String vapidKey, JsonNode token, String ttl, byte[] body) {
	}

	private final HttpServer server;

	private final List<Delivery> deliveries = new CopyOnWriteArrayList<>();

	private final List<String> refusals = new CopyOnWriteArrayList<>();

	private final Map<String, Deque<Integer>> answers = new ConcurrentHashMap<>();

	PushStub() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		this.server.createContext("/push/", exchange -> {
			String path = exchange.getRequestURI().getPath();
			byte[] body = exchange.getRequestBody().readAllBytes();
			int status;
			try {
				this.deliveries.add(
						check(path, exchange.getRequestMethod(), exchange.getRequestHeaders().getFirst("Authorization"),
								exchange.getRequestHeaders().getFirst("Content-Encoding"),
								exchange.getRequestHeaders().getFirst("TTL"), body));
				Deque<Integer> queued = this.answers.get(path);
				Integer next = queued == null ? null : queued.poll();
				status = next == null ? 201 : next;
			}
			catch (IllegalArgumentException | GeneralSecurityException ex) {
				this.refusals.add(path + ": " + ex.getMessage());
				status = 400;
			}
			exchange.sendResponseHeaders(status, -1);
			exchange.close();
		});
		this.server.start();
	}

	String origin() {
		return "http://127.0.0.1:" + this.server.getAddress().getPort();
	}

	/** The next answers to deliveries for this browser, in order; then 201 again. */
	void answer(Browser browser, Integer... statuses) {
		this.answers.computeIfAbsent(browser.path(), path -> new ArrayDeque<>()).addAll(Arrays.asList(statuses));
	}

	List<Delivery> deliveriesTo(Browser browser) {
		return this.deliveries.stream().filter(delivery -> delivery.path().equals(browser.path())).toList();
	}

	List<String> refusals() {
		return this.refusals;
	}

	private Delivery check(String path, String method, String authorization, String encoding, String ttl, byte[] body)
			throws GeneralSecurityException {
		require("POST".equals(method), "method " + method);
		require("aes128gcm".equals(encoding), "Content-Encoding " + encoding);
		require(ttl != null && ttl.matches("\\d+"), "TTL " + ttl);
		require(authorization != null && authorization.matches("vapid t=[\\w-]+\\.[\\w-]+\\.[\\w-]+, k=[\\w-]+"),
				"Authorization " + authorization);
		String token = authorization.substring("vapid t=".length(), authorization.indexOf(','));
		String key = authorization.substring(authorization.indexOf("k=") + 2);
		String[] parts = token.split("\\.");
		Signature es256 = Signature.getInstance("SHA256withECDSAinP1363Format");
		es256.initVerify(publicKey(Base64.getUrlDecoder().decode(key)));
		es256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
		require(es256.verify(Base64.getUrlDecoder().decode(parts[2])), "the token's signature");
		JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
		require(header.path("alg").asString().equals("ES256"), "alg " + header);
		JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
		require(claims.path("aud").asString().equals(origin()), "aud " + claims);
		long now = System.currentTimeMillis() / 1000;
		require(claims.path("exp").asLong() > now && claims.path("exp").asLong() <= now + 24 * 3600, "exp " + claims);
		require(claims.path("sub").asString().matches("(mailto:|https://).+"), "sub " + claims);
		return new Delivery(path, key, claims, ttl, body);
	}

	private static void require(boolean condition, String what) {
		if (!condition) {
			throw new IllegalArgumentException("bad " + what);
		}
	}

	static ECPublicKey publicKey(byte[] point) throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		ECPublicKey any = (ECPublicKey) generator.generateKeyPair().getPublic();
		ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(point, 1, 33)),
				new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
		return (ECPublicKey) KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, any.getParams()));
	}

	static byte[] uncompressed(ECPublicKey key) {
		byte[] point = new byte[65];
		point[0] = 4;
		byte[] x = key.getW().getAffineX().toByteArray();
		byte[] y = key.getW().getAffineY().toByteArray();
		System.arraycopy(x, Math.max(0, x.length - 32), point, 1 + Math.max(0, 32 - x.length), Math.min(32, x.length));
		System.arraycopy(y, Math.max(0, y.length - 32), point, 33 + Math.max(0, 32 - y.length), Math.min(32, y.length));
		return point;
	}

	/** A browser subscribed to this push service: its key pair and auth secret. */
	Browser browser() throws GeneralSecurityException {
		KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
		generator.initialize(new ECGenParameterSpec("secp256r1"));
		byte[] auth = new byte[16];
		new SecureRandom().nextBytes(auth);
		return new Browser(this, "/push/" + java.util.UUID.randomUUID(), generator.generateKeyPair(), auth);
	}

	record Browser(PushStub service, String path, KeyPair keys, byte[] auth) {

		String endpoint() {
			return this.service.origin() + this.path;
		}

		Map<String, Object> subscription() {
			return Map.of("endpoint", endpoint(), "keys",
					Map.of("p256dh", BASE64URL.encodeToString(uncompressed((ECPublicKey) this.keys.getPublic())),
							"auth", BASE64URL.encodeToString(this.auth)));
		}

		/** What the service worker gets: the body decrypted as RFC 8291 says. */
		JsonNode decrypt(byte[] message) throws GeneralSecurityException {
			ByteBuffer buffer = ByteBuffer.wrap(message);
			byte[] salt = new byte[16];
			buffer.get(salt);
			int recordSize = buffer.getInt();
			byte[] serverKey = new byte[buffer.get() & 0xff];
			buffer.get(serverKey);
			byte[] ciphertext = new byte[buffer.remaining()];
			buffer.get(ciphertext);
			require(recordSize >= 18 && ciphertext.length <= recordSize, "record size " + recordSize);

			KeyAgreement ecdh = KeyAgreement.getInstance("ECDH");
			ecdh.init(this.keys.getPrivate());
			ecdh.doPhase(publicKey(serverKey), true);
			byte[] shared = ecdh.generateSecret();
			byte[] browserKey = uncompressed((ECPublicKey) this.keys.getPublic());
			byte[] keyInfo = concat("WebPush: info\0".getBytes(StandardCharsets.US_ASCII), browserKey, serverKey);
			byte[] ikm = expand(hmac(this.auth, shared), keyInfo, 32);
			byte[] prk = hmac(salt, ikm);
			byte[] cek = expand(prk, "Content-Encoding: aes128gcm\0".getBytes(StandardCharsets.US_ASCII), 16);
			byte[] nonce = expand(prk, "Content-Encoding: nonce\0".getBytes(StandardCharsets.US_ASCII), 12);
			Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
			aes.init(Cipher.DECRYPT_MODE, new SecretKeySpec(cek, "AES"), new GCMParameterSpec(128, nonce));
			byte[] padded = aes.doFinal(ciphertext);
			int end = padded.length - 1;
			while (end >= 0 && padded[end] == 0) {
				end--;
			}
			require(end >= 0 && padded[end] == 2, "padding delimiter of the last record");
			return JSON.readTree(new String(padded, 0, end, StandardCharsets.UTF_8));
		}

		private static byte[] hmac(byte[] key, byte[] data) throws GeneralSecurityException {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(key, "HmacSHA256"));
			return mac.doFinal(data);
		}

		/** HKDF-Expand for one block. */
		private static byte[] expand(byte[] prk, byte[] info, int length) throws GeneralSecurityException {
			return Arrays.copyOf(hmac(prk, concat(info, new byte[] { 1 })), length);
		}

		private static byte[] concat(byte[]... parts) {
			ByteBuffer all = ByteBuffer.allocate(Arrays.stream(parts).mapToInt(part -> part.length).sum());
			Arrays.stream(parts).forEach(all::put);
			return all.array();
		}

	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
