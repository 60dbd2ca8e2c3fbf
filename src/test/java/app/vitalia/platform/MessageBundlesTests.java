package app.vitalia.platform;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message with arguments goes through {@link MessageFormat}, where a lone
 * apostrophe quotes the rest of the text: "Your plan's price becomes {1}" was sent as
 * "Your plans price becomes {1}", its placeholders unfilled. Each such message must fill
 * every placeholder it names.
 */
class MessageBundlesTests {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)(,\\s*(\\w+))?");

	@ParameterizedTest
	@ValueSource(strings = { "messages.properties", "messages_es.properties", "messages_en.properties" })
	void everyMessageWithArgumentsFillsEveryPlaceholder(String file) throws IOException {
		Properties messages = new Properties();
		try (Reader in = new InputStreamReader(getClass().getResourceAsStream("/i18n/" + file),
				StandardCharsets.UTF_8)) {
			messages.load(in);
		}
		List<String> broken = new ArrayList<>();
		int checked = 0;
		for (String key : messages.stringPropertyNames()) {
			String pattern = messages.getProperty(key);
			Matcher placeholders = PLACEHOLDER.matcher(pattern);
			Object[] args = new Object[10];
			List<Integer> plain = new ArrayList<>();
			while (placeholders.find()) {
				int index = Integer.parseInt(placeholders.group(1));
				// a number wherever the argument has a format ({0,choice,…}), text
				// elsewhere
				if (placeholders.group(3) != null) {
					args[index] = 2;
					plain.remove((Integer) index);
				}
				else if (args[index] == null) {
					args[index] = "«arg" + index + "»";
					plain.add(index);
				}
			}
			if (plain.isEmpty() && !pattern.contains("{")) {
				continue;
			}
			checked++;
			String text = new MessageFormat(pattern, Locale.ROOT).format(args);
			boolean filled = plain.stream().allMatch((index) -> text.contains("«arg" + index + "»"));
			if (!filled || PLACEHOLDER.matcher(text).find()) {
				broken.add(key + " -> " + text);
			}
		}
		assertThat(checked).as("messages with arguments in %s", file).isGreaterThan(10);
		assertThat(broken).as("messages whose placeholders do not fill (a lone ' quotes the rest: write '')").isEmpty();
	}

}
