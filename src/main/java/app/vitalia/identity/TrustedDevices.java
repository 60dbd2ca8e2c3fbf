package app.vitalia.identity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.SecretKey;

import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Device cookies (OWASP's answer to lock-out): a browser that signed in to an account
 * successfully gets a signed token naming that account. While distributed guessing has
 * spent the account's hourly budget, attempts that present such a token skip that budget
 * (their own per-client budget still applies), so an attacker cannot lock the owner out
 * and the owner's devices keep signing in; attempts without one stay throttled, which
 * keeps guessing under the account limit. The token carries no secret of the account: a
 * random nonce and an HMAC over the normalised address and the nonce.
 */
@Component
class TrustedDevices {

	static final String COOKIE = "vitalia_device";

	static final Duration LIFETIME = Duration.ofDays(180);

	private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

	private final SecretKey key;

	private final SecureRandom random = new SecureRandom();

	TrustedDevices(SecretKey jwtKey) {
		this.key = jwtKey;
	}

	/** A new device token for an account that just signed in. */
	String issue(String normalizedEmail) {
		byte[] nonce = new byte[16];
		this.random.nextBytes(nonce);
		String encodedNonce = ENCODER.encodeToString(nonce);
		return encodedNonce + "." + ENCODER.encodeToString(mac(normalizedEmail, encodedNonce));
	}

	/** Whether a presented token was issued by this server for this account. */
	boolean trusts(@Nullable String token, String normalizedEmail) {
		if (token == null || token.length() > 200) {
			return false;
		}
		int dot = token.indexOf('.');
		if (dot <= 0) {
			return false;
		}
		byte[] presented;
		try {
			presented = Base64.getUrlDecoder().decode(token.substring(dot + 1));
		}
		catch (IllegalArgumentException notBase64) {
			return false;
		}
		return MessageDigest.isEqual(presented, mac(normalizedEmail, token.substring(0, dot)));
	}

	private byte[] mac(String normalizedEmail, String nonce) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(this.key);
			return mac.doFinal(("device|" + normalizedEmail + "|" + nonce).getBytes(StandardCharsets.UTF_8));
		}
		catch (GeneralSecurityException impossible) {
			throw new IllegalStateException(impossible);
		}
	}

}
