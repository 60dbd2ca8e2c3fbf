package app.vitalia.gamification.leaderboard;

import java.util.AbstractList;
import java.util.List;
import java.util.UUID;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * A board's top entries, kept between refreshes with each entry already written as JSON:
 * every caller then gets the same bytes except for their own entry, which says
 * {@code "you": true}. Rendering a hundred entries for every request was a tenth of the
 * endpoint's time.
 */
final class TopEntries {

	private TopEntries() {
	}

	/** The entries as read, and the JSON of each as anyone but its member sees it. */
	record Rendered(List<Leaderboards.Named> named, List<SerializableString> json) {

		/** The entries as the caller sees them. */
		List<Leaderboards.Entry> seenBy(UUID caller) {
			int own = -1;
			for (int i = 0; i < this.named.size(); i++) {
				if (this.named.get(i).memberId().equals(caller)) {
					own = i;
					break;
				}
			}
			return new SeenBy(this, own);
		}

	}

	static Rendered render(List<Leaderboards.Named> named, JsonMapper json) {
		return new Rendered(List.copyOf(named),
				named.stream()
					.<SerializableString>map(entry -> new SerializedString(json.writeValueAsString(entry.entry(false))))
					.toList());
	}

	/** The list a {@link Leaderboards.Board} holds: its own entry is the caller's. */
	private static final class SeenBy extends AbstractList<Leaderboards.Entry> {

		private final Rendered rendered;

		private final int own;

		SeenBy(Rendered rendered, int own) {
			this.rendered = rendered;
			this.own = own;
		}

		@Override
		public Leaderboards.Entry get(int index) {
			return this.rendered.named().get(index).entry(index == this.own);
		}

		@Override
		public int size() {
			return this.rendered.named().size();
		}

	}

	/** Writes the rendered entries as they are; any other list entry by entry. */
	static final class Json extends ValueSerializer<List<Leaderboards.Entry>> {

		@Override
		public void serialize(List<Leaderboards.Entry> entries, JsonGenerator generator, SerializationContext context) {
			generator.writeStartArray(entries, entries.size());
			if (entries instanceof SeenBy seen) {
				List<SerializableString> json = seen.rendered.json();
				for (int i = 0; i < json.size(); i++) {
					if (i == seen.own) {
						context.writeValue(generator, seen.get(i));
					}
					else {
						generator.writeRawValue(json.get(i));
					}
				}
			}
			else {
				for (Leaderboards.Entry entry : entries) {
					context.writeValue(generator, entry);
				}
			}
			generator.writeEndArray();
		}

	}

}
