package app.vitalia.billing.gateway;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.net.Webhook;

/**
 * Stripe's {@code Stripe-Signature} scheme: {@code t=<unix seconds>,v1=<hex HMAC-SHA256
 * of "t.body" keyed with the endpoint secret>}. Verification is stripe-java's own; this
 * SDK version has no signing helper, so the sandbox signs here.
 */
public final class WebhookSignature {

	/** Oldest accepted signature timestamp, in seconds (Stripe's default). */
	public static final long TOLERANCE_SECONDS = 300;

	private WebhookSignature() {
	}

	public static String sign(String payload, String secret, long timestampSeconds) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			byte[] digest = mac.doFinal((timestampSeconds + "." + payload).getBytes(StandardCharsets.UTF_8));
			return "t=" + timestampSeconds + ",v1=" + HexFormat.of().formatHex(digest);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/** Whether the header signs this exact payload with the secret, recently enough. */
	public static boolean verify(String payload, String header, String secret, Clock clock) {
		try {
			return Webhook.Signature.verifyHeader(payload, header, secret, TOLERANCE_SECONDS, clock);
		}
		catch (SignatureVerificationException ex) {
			return false;
		}
	}

}
