package app.vitalia.recognition.recognizer;

import java.util.List;

/**
 * One label a recogniser found: its English name, confidence (0–100), parent labels and
 * categories.
 */
public record Label(String name, double confidence, List<String> parents, List<String> categories) {

	public Label {
		parents = List.copyOf(parents);
		categories = List.copyOf(categories);
	}

}
