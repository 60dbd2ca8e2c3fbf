package app.vitalia.identity;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * What a person recognises of a User-Agent: the browser and the operating system, such as
 * "Firefox" on "Android". Either is {@code null} when the text does not say (an app or a
 * command-line client); the text itself is kept beside them.
 */
record DeviceName(@Nullable String browser, @Nullable String os) {

	// order matters: Edge and Opera also say Chrome, and Chrome also says Safari
	private static final List<Map.Entry<String, String>> BROWSERS = List.of(Map.entry("Edg/", "Edge"),
			Map.entry("EdgA/", "Edge"), Map.entry("EdgiOS/", "Edge"), Map.entry("OPR/", "Opera"),
			Map.entry("SamsungBrowser/", "Samsung Internet"), Map.entry("Firefox/", "Firefox"),
			Map.entry("FxiOS/", "Firefox"), Map.entry("CriOS/", "Chrome"), Map.entry("Chrome/", "Chrome"),
			Map.entry("Safari/", "Safari"));

	// iPhones and Android phones also say "like Mac OS X" and "Linux"
	private static final List<Map.Entry<String, String>> SYSTEMS = List.of(Map.entry("Android", "Android"),
			Map.entry("iPhone", "iOS"), Map.entry("iPad", "iPadOS"), Map.entry("CrOS", "ChromeOS"),
			Map.entry("Windows", "Windows"), Map.entry("Macintosh", "macOS"), Map.entry("Mac OS X", "macOS"),
			Map.entry("Linux", "Linux"));

	static DeviceName of(@Nullable String userAgent) {
		if (userAgent == null) {
			return new DeviceName(null, null);
		}
		return new DeviceName(first(BROWSERS, userAgent), first(SYSTEMS, userAgent));
	}

	private static @Nullable String first(List<Map.Entry<String, String>> names, String userAgent) {
		for (Map.Entry<String, String> name : names) {
			if (userAgent.contains(name.getKey())) {
				return name.getValue();
			}
		}
		return null;
	}

}
