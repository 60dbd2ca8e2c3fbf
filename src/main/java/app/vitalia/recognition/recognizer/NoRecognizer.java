package app.vitalia.recognition.recognizer;

import java.util.List;

/** No recogniser configured: photos are ready with no candidates; members pick foods. */
public class NoRecognizer implements Recognizer {

	@Override
	public String name() {
		return "none";
	}

	@Override
	public boolean active() {
		return false;
	}

	@Override
	public List<Label> labels(byte[] jpeg) {
		return List.of();
	}

}
