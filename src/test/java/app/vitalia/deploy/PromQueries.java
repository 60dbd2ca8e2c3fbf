package app.vitalia.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The queries the repository ships: every Grafana panel target, and every alert and
 * recording rule with the series each one reads (an alert's full expression is empty
 * while it does not fire, so its inputs are what must answer).
 */
final class PromQueries {

	private static final Pattern SELECTOR = Pattern
		.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\s*(\\{[^}]*\\})?(\\s*\\[[^\\]]*\\])?");

	private static final Pattern GROUPING = Pattern
		.compile("\\b(by|without|on|ignoring|group_left|group_right)\\s*\\([^)]*\\)");

	private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "offset", "bool", "by", "without", "on",
			"ignoring", "group_left", "group_right", "inf", "nan");

	private PromQueries() {
	}

	static List<String> dashboardTargets(Path dashboard) throws IOException {
		JsonNode root = JsonMapper.builder().build().readTree(Files.readString(dashboard));
		List<String> queries = new ArrayList<>();
		for (JsonNode panel : root.get("panels")) {
			for (JsonNode target : panel.path("targets")) {
				queries.add(target.get("expr").asString());
			}
		}
		return queries;
	}

	/** Alert name (or recorded series) → expression, from a rule file. */
	@SuppressWarnings("unchecked")
	static Map<String, String> rules(Path file) throws IOException {
		Map<String, Object> root = new Yaml().load(Files.readString(file));
		Map<String, String> rules = new java.util.LinkedHashMap<>();
		for (Map<String, Object> group : (List<Map<String, Object>>) root.get("groups")) {
			for (Map<String, Object> rule : (List<Map<String, Object>>) group.get("rules")) {
				Object name = rule.containsKey("alert") ? rule.get("alert") : rule.get("record");
				rules.put(String.valueOf(name), String.valueOf(rule.get("expr")).trim());
			}
		}
		return rules;
	}

	/** The series selectors an expression reads, e.g. {@code up{job="vitalia"}}. */
	static Set<String> selectors(String expression) {
		String text = GROUPING.matcher(expression.replaceAll("\"[^\"]*\"", "\"\"")).replaceAll(" ");
		Set<String> found = new LinkedHashSet<>();
		Matcher matcher = SELECTOR.matcher(text);
		String original = expression;
		while (matcher.find()) {
			String name = matcher.group(1);
			int end = matcher.end(1);
			boolean function = text.substring(end).matches("(?s)\\s*\\(.*");
			if (function || KEYWORDS.contains(name) || isDurationOrNumber(text, matcher.start())) {
				continue;
			}
			found.add(name + matchersOf(original, name));
		}
		return found;
	}

	private static boolean isDurationOrNumber(String text, int start) {
		return start > 0 && (Character.isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.');
	}

	/** The label matchers written right after the first occurrence of this name. */
	private static String matchersOf(String expression, String name) {
		Matcher matcher = Pattern.compile(Pattern.quote(name) + "\\s*(\\{[^}]*\\})").matcher(expression);
		return matcher.find() ? matcher.group(1) : "";
	}

}
