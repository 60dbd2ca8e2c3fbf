package app.vitalia.platform;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method that honours the {@code Idempotency-Key} request header. A
 * signed-in client that repeats a request with the same key gets the first answer again
 * (same status, body and {@code Location}, plus {@code Idempotent-Replayed: true})
 * instead of a second effect; a duplicate arriving while the first is still running waits
 * for it (up to {@code vitalia.idempotency.duplicate-wait}, then 409
 * {@code IDEMPOTENCY_IN_PROGRESS}); the same key with a different method, path or body is
 * refused with 422 {@code IDEMPOTENCY_KEY_REUSED}. Keys are scoped to the account and
 * kept in the database for {@code vitalia.idempotency.retention}, so the guarantee holds
 * across instances. Answers 409, 429 and 5xx are not kept: the key is released and a
 * retry runs again. Without the header, or without a signed-in account, the method runs
 * as usual.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Idempotent {

	/** The request header carrying the client's key. */
	String HEADER = "Idempotency-Key";

	/** Set on a response that repeats an earlier one. */
	String REPLAYED_HEADER = "Idempotent-Replayed";

}
