package app.vitalia.identity.passwords;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Locale;
import java.util.List;
import java.util.function.Supplier;

import app.vitalia.platform.DomainException;
import app.vitalia.platform.Violation;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;

import org.springframework.stereotype.Component;
import org.springframework.util.function.SingletonSupplier;

/**
 * NIST-style policy: long enough and hard to guess (zxcvbn strength estimate, taking the
 * user's own email and name into account), no composition rules.
 */
@Component
public class PasswordPolicy {

	static final int MIN_LENGTH = 12;

	static final int MAX_LENGTH = 128;

	static final int MIN_SCORE = 3;

	// its dictionaries (~10 MB, most of a second to read) load at the first password
	// checked, not on the application's start path
	private final Supplier<Zxcvbn> zxcvbn = SingletonSupplier.of(Zxcvbn::new);

	/**
	 * True when the password is mostly the user's own name or email (NIST's
	 * "context-specific words"), ignoring case, accents, digits and punctuation.
	 */
	private static boolean containsOwnDetails(String password, List<String> inputs) {
		String letters = fold(password);
		int found = 0;
		for (String input : inputs) {
			String word = fold(input);
			if (word.length() >= 4 && letters.contains(word)) {
				found = Math.max(found, word.length());
			}
		}
		return found > 0 && found * 2 >= letters.length();
	}

	private static String fold(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^a-z]", "");
	}

	public void check(String field, String password, String... userInputs) {
		List<Violation> violations = new ArrayList<>();
		int length = password.codePointCount(0, password.length());
		if (length < MIN_LENGTH) {
			violations
				.add(new Violation(field, "PASSWORD_TOO_SHORT", "must have at least " + MIN_LENGTH + " characters"));
		}
		else if (length > MAX_LENGTH) {
			violations
				.add(new Violation(field, "PASSWORD_TOO_LONG", "must have at most " + MAX_LENGTH + " characters"));
		}
		else {
			List<String> inputs = new ArrayList<>();
			for (String input : userInputs) {
				if (input != null) {
					inputs.add(input);
					inputs.addAll(List.of(input.split("[@._\\s-]+")));
				}
			}
			Strength strength = this.zxcvbn.get().measure(password, inputs);
			if (strength.getScore() < MIN_SCORE || containsOwnDetails(password, inputs)) {
				violations.add(new Violation(field, "PASSWORD_TOO_WEAK",
						"is too easy to guess; a few unrelated words or a longer phrase work well"));
			}
		}
		if (!violations.isEmpty()) {
			throw new DomainException(DomainException.Kind.BAD_REQUEST, "VALIDATION_FAILED",
					"The request has invalid fields", violations);
		}
	}

}
