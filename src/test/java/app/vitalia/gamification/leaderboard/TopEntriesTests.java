package app.vitalia.gamification.leaderboard;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class TopEntriesTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final UUID ana = UUID.randomUUID();

	private final UUID bea = UUID.randomUUID();

	private final TopEntries.Rendered top = TopEntries.render(List
		.of(new Leaderboards.Named(this.ana, "Ana \"A\"", 90, 1), new Leaderboards.Named(this.bea, "Beatriz", 90, 1)),
			this.json);

	@Test
	void everyCallerGetsTheRenderedEntriesWithOnlyTheirOwnMarkedAsThem() {
		assertThat(board(this.bea)).isEqualTo("{\"period\":\"WEEKLY\",\"from\":null,\"entries\":["
				+ "{\"rank\":1,\"displayName\":\"Ana \\\"A\\\"\",\"points\":90,\"you\":false},"
				+ "{\"rank\":1,\"displayName\":\"Beatriz\",\"points\":90,\"you\":true}],\"me\":null,\"optedIn\":true}");
		assertThat(board(this.ana)).contains(
				"{\"rank\":1,\"displayName\":\"Ana \\\"A\\\"\",\"points\":90,\"you\":true}",
				"{\"rank\":1,\"displayName\":\"Beatriz\",\"points\":90,\"you\":false}");
		assertThat(board(UUID.randomUUID())).doesNotContain("\"you\":true");
	}

	@Test
	void theListReadsLikeAnyOtherForCodeThatIsNotJson() {
		List<Leaderboards.Entry> entries = this.top.seenBy(this.ana);
		assertThat(entries).containsExactly(new Leaderboards.Entry(1, "Ana \"A\"", 90, true),
				new Leaderboards.Entry(1, "Beatriz", 90, false));
		assertThat(this.json.writeValueAsString(
				new Leaderboards.Board(Leaderboards.Period.ALL_TIME, null, List.copyOf(entries), null, false)))
			.isEqualTo(this.json
				.writeValueAsString(new Leaderboards.Board(Leaderboards.Period.ALL_TIME, null, entries, null, false)));
	}

	private String board(UUID caller) {
		return this.json.writeValueAsString(
				new Leaderboards.Board(Leaderboards.Period.WEEKLY, null, this.top.seenBy(caller), null, true));
	}

}
