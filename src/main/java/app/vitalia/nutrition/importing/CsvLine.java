package app.vitalia.nutrition.importing;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one RFC 4180 CSV line: comma-separated, fields optionally in double quotes with
 * {@code ""} for a quote inside. The FoodData Central files keep each record on one line.
 */
public final class CsvLine {

	private CsvLine() {
	}

	public static List<String> split(String line) {
		List<String> fields = new ArrayList<>();
		StringBuilder field = new StringBuilder();
		boolean quoted = false;
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (quoted) {
				if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
					field.append('"');
					i++;
				}
				else if (c == '"') {
					quoted = false;
				}
				else {
					field.append(c);
				}
			}
			else if (c == '"') {
				quoted = true;
			}
			else if (c == ',') {
				fields.add(field.toString());
				field.setLength(0);
			}
			else {
				field.append(c);
			}
		}
		fields.add(field.toString());
		return fields;
	}

}
