package app.vitalia.nutrition.catalog;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.UUID;

/**
 * An immutable in-memory search index over a set of foods: a sorted vocabulary of the
 * words of their {@link SearchText normalized} names, each with the foods it occurs in.
 * <p>
 * Every query word must match a word of the food: exactly (a plural in -s or -es counts),
 * as a prefix, or, for words of four letters or more, within one typing mistake (two from
 * eight letters) of a prefix, the first letter being right. Foods rank by how well their
 * words matched (exact over prefix over typo), then whether a name starts with the whole
 * query or with the first query word (USDA names lead with the food: "Apples, raw"), then
 * the curated starter foods, then shorter names; the empty query lists every food by
 * name.
 */
final class FoodIndex {

	static final FoodIndex EMPTY = new FoodIndex(List.of());

	static final int MAX_QUERY_WORDS = 8;

	private static final byte EXACT = 3;

	private static final byte PREFIX = 2;

	private static final byte TYPO = 1;

	private static final int STARTS_WITH_QUERY = 4;

	private static final int STARTS_WITH_FIRST_WORD = 2;

	private static final int STARTER = 2;

	/** One indexed food: its normalized names and its view in each language. */
	record Entry(UUID id, String searchText, String nameEs, String nameEn, boolean starter, FoodView spanish,
			FoodView english) implements Serializable {

		FoodView view(Language language) {
			return language == Language.EN ? this.english : this.spanish;
		}

	}

	/** A matched food and the rank it got; lower ranks come first. */
	record Hit(Entry entry, long rank) {

		/** The order across indexes: the rank without the entry's position, then name. */
		static final Comparator<Hit> ORDER = Comparator.<Hit>comparingLong(hit -> hit.rank() >>> 21)
			.thenComparing(hit -> hit.entry().searchText())
			.thenComparing(hit -> hit.entry().id());

	}

	private final Entry[] entries;

	private final String[] vocabulary;

	private final int[][] postings;

	private static final int REMEMBERED_TYPO_WORDS = 10_000;

	private final Map<String, int[]> typos = new ConcurrentHashMap<>();

	FoodIndex(List<Entry> foods) {
		this.entries = foods.toArray(Entry[]::new);
		Arrays.sort(this.entries,
				Comparator.comparing(Entry::searchText).thenComparing(Entry::id, Comparator.naturalOrder()));
		Map<String, Set<Integer>> words = new TreeMap<>();
		for (int i = 0; i < this.entries.length; i++) {
			for (String word : this.entries[i].searchText().split(" ")) {
				if (!word.isEmpty()) {
					words.computeIfAbsent(word, w -> new LinkedHashSet<>()).add(i);
				}
			}
		}
		this.vocabulary = words.keySet().toArray(String[]::new);
		this.postings = new int[this.vocabulary.length][];
		int w = 0;
		for (Set<Integer> foodsWithWord : words.values()) {
			this.postings[w++] = foodsWithWord.stream().mapToInt(Integer::intValue).toArray();
		}
	}

	int size() {
		return this.entries.length;
	}

	/**
	 * The foods matching a normalized query, best first.
	 */
	List<Hit> search(String text) {
		if (text.isEmpty()) {
			List<Hit> all = new ArrayList<>(this.entries.length);
			for (int i = 0; i < this.entries.length; i++) {
				all.add(new Hit(this.entries[i], i));
			}
			return all;
		}
		String[] words = Arrays.stream(text.split(" ")).distinct().limit(MAX_QUERY_WORDS).toArray(String[]::new);
		int[] candidates = null;
		int[] scores = new int[this.entries.length];
		byte[] matched = new byte[this.entries.length];
		for (String word : words) {
			Arrays.fill(matched, (byte) 0);
			mark(word, matched);
			candidates = (candidates == null) ? all(matched) : retain(candidates, matched);
			for (int candidate : candidates) {
				scores[candidate] += matched[candidate];
			}
			if (candidates.length == 0) {
				return List.of();
			}
		}
		List<Hit> hits = new ArrayList<>(candidates.length);
		for (int candidate : candidates) {
			Entry entry = this.entries[candidate];
			int score = scores[candidate];
			if (entry.nameEs().startsWith(text) || entry.nameEn().startsWith(text)) {
				score += STARTS_WITH_QUERY;
			}
			else if (entry.nameEs().startsWith(words[0]) || entry.nameEn().startsWith(words[0])) {
				score += STARTS_WITH_FIRST_WORD;
			}
			if (entry.starter()) {
				score += STARTER;
			}
			// best score first, then shorter names, then by name (the entry order)
			long rank = ((long) (1024 - score) << 42) | ((long) entry.searchText().length() << 21) | candidate;
			hits.add(new Hit(entry, rank));
		}
		hits.sort(Comparator.comparingLong(Hit::rank));
		return hits;
	}

	private void mark(String word, byte[] matched) {
		int first = lowerBound(word);
		int end = first;
		while (end < this.vocabulary.length && this.vocabulary[end].startsWith(word)) {
			byte kind = plural(this.vocabulary[end], word) ? EXACT : PREFIX;
			for (int food : this.postings[end]) {
				if (matched[food] < kind) {
					matched[food] = kind;
				}
			}
			end++;
		}
		if (word.length() < 4) {
			return;
		}
		if (this.typos.size() > REMEMBERED_TYPO_WORDS) {
			this.typos.clear();
		}
		for (int food : this.typos.computeIfAbsent(word, this::typoMatches)) {
			if (matched[food] < TYPO) {
				matched[food] = TYPO;
			}
		}
	}

	/**
	 * The foods with a word within the allowed mistakes of a prefix of {@code word} (and
	 * not a prefix match), remembered per word: the scan over the vocabulary is the
	 * costliest step of a search, and people type the same words. Forgotten when more
	 * than {@value #REMEMBERED_TYPO_WORDS} words are remembered.
	 */
	private int[] typoMatches(String word) {
		int edits = word.length() >= 8 ? 2 : 1;
		int[][] rows = new int[3][word.length() + edits + 1];
		String initial = word.substring(0, 1);
		BitSet foods = new BitSet(this.entries.length);
		for (int w = lowerBound(initial); w < this.vocabulary.length && this.vocabulary[w].startsWith(initial); w++) {
			if (!this.vocabulary[w].startsWith(word) && withinEditsOfAPrefix(word, this.vocabulary[w], edits, rows)) {
				for (int food : this.postings[w]) {
					foods.set(food);
				}
			}
		}
		return foods.stream().toArray();
	}

	/** The same word, or its plural in -s or -es. */
	private static boolean plural(String candidate, String word) {
		int extra = candidate.length() - word.length();
		return extra == 0 || (extra == 1 && candidate.endsWith("s")) || (extra == 2 && candidate.endsWith("es"));
	}

	private int lowerBound(String word) {
		int found = Arrays.binarySearch(this.vocabulary, word);
		return found >= 0 ? found : -found - 1;
	}

	private static int[] all(byte[] matched) {
		int count = 0;
		for (byte kind : matched) {
			if (kind > 0) {
				count++;
			}
		}
		int[] all = new int[count];
		int n = 0;
		for (int i = 0; i < matched.length; i++) {
			if (matched[i] > 0) {
				all[n++] = i;
			}
		}
		return all;
	}

	private static int[] retain(int[] candidates, byte[] matched) {
		int n = 0;
		int[] kept = new int[candidates.length];
		for (int candidate : candidates) {
			if (matched[candidate] > 0) {
				kept[n++] = candidate;
			}
		}
		return Arrays.copyOf(kept, n);
	}

	/**
	 * Whether {@code word} is within {@code edits} insertions, deletions, substitutions
	 * or swaps of adjacent letters of some prefix of {@code candidate} (optimal string
	 * alignment distance, stopping as soon as no prefix can be close enough).
	 */
	static boolean withinEditsOfAPrefix(String word, String candidate, int edits, int[][] rows) {
		int columns = Math.min(candidate.length(), word.length() + edits);
		if (columns < word.length() - edits) {
			return false;
		}
		int[] twoBack = rows[0];
		int[] previous = rows[1];
		int[] current = rows[2];
		for (int j = 0; j <= columns; j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= word.length(); i++) {
			current[0] = i;
			int best = i;
			for (int j = 1; j <= columns; j++) {
				int cost = word.charAt(i - 1) == candidate.charAt(j - 1) ? 0 : 1;
				int distance = Math.min(Math.min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
				if (i > 1 && j > 1 && word.charAt(i - 1) == candidate.charAt(j - 2)
						&& word.charAt(i - 2) == candidate.charAt(j - 1)) {
					distance = Math.min(distance, twoBack[j - 2] + 1);
				}
				current[j] = distance;
				best = Math.min(best, distance);
			}
			if (best > edits) {
				return false;
			}
			int[] recycled = twoBack;
			twoBack = previous;
			previous = current;
			current = recycled;
		}
		for (int j = 0; j <= columns; j++) {
			if (previous[j] <= edits) {
				return true;
			}
		}
		return false;
	}

}
