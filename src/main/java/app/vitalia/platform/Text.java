package app.vitalia.platform;

/**
 * The one rule for text Vitalia accepts anywhere (JSON strings, query parameters): no NUL
 * or other control characters except tab, line feed and carriage return, no unpaired
 * UTF-16 surrogates, no Unicode noncharacters. Such text cannot be stored faithfully
 * (PostgreSQL refuses NUL, password hashing refuses unpaired surrogates) and is never
 * typed by a person, so it is refused as 400 {@code VALIDATION_FAILED} before anything
 * reads it.
 */
public final class Text {

	/** The violation code for text that breaks the rule. */
	public static final String INVALID_CHARACTERS = "INVALID_CHARACTERS";

	private Text() {
	}

	/** Whether the text keeps the rule. */
	public static boolean isClean(CharSequence text) {
		return firstProblem(text, false) < 0;
	}

	/** Whether the text keeps the rule and is one line (no tab or line break either). */
	public static boolean isCleanLine(CharSequence text) {
		return firstProblem(text, true) < 0;
	}

	private static int firstProblem(CharSequence text, boolean oneLine) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
					i++;
					continue;
				}
				return i;
			}
			if (Character.isLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF' || (c >= '\uFDD0' && c <= '\uFDEF')) {
				return i;
			}
			boolean lineBreak = c == '\n' || c == '\r' || c == '\t' || c == '\u2028' || c == '\u2029';
			if (lineBreak ? oneLine : Character.isISOControl(c)) {
				return i;
			}
		}
		return -1;
	}

}
