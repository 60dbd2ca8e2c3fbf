package app.vitalia.recognition.insights;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.vitalia.members.MemberId;
import app.vitalia.members.MemberProfiles;
import app.vitalia.nutrition.NutritionDiary;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.OutboundCallFailed;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A member's weekly summary: written by the AI when they consented and it answers, else
 * the AI's cached summary of that week, else a local summary from rules. Always answers.
 * The AI is asked once per set of facts: while the week's aggregates (and the language)
 * are those it was given, the kept text is the answer, so reopening Trends costs nothing;
 * a food logged late into that week changes them and the AI writes again.
 */
public class WeeklySummaries {

	private static final Logger log = LoggerFactory.getLogger(WeeklySummaries.class);

	private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");

	/** Where a summary came from. */
	public enum Source {

		AI, CACHED, LOCAL

	}

	public record Summary(String week, String text, Source source, Instant generatedAt) {
	}

	private record Kept(Summary summary, @Nullable String factsHash) {
	}

	private final NutritionDiary nutrition;

	private final MemberProfiles profiles;

	private final ChatModel chat;

	private final JdbcTemplate jdbc;

	private final Clock clock;

	public WeeklySummaries(NutritionDiary nutrition, MemberProfiles profiles, ChatModel chat, JdbcTemplate jdbc,
			Clock clock) {
		this.nutrition = nutrition;
		this.profiles = profiles;
		this.chat = chat;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * @param week an ISO week ({@code 2026-W48}); null for the member's last complete
	 * week
	 * @param consented whether the member allowed sending aggregates to the AI
	 * @throws DomainException 400 for a malformed week or one in the future
	 */
	public Summary weekly(UUID memberId, @Nullable String week, boolean consented, Locale locale) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.profiles.zoneOf(MemberId.of(memberId))));
		LocalDate monday = week == null ? today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1)
				: monday(week);
		if (monday.isAfter(today)) {
			throw DomainException.invalid("week", "WEEK_IN_FUTURE", "The week has not started yet");
		}
		String name = String.format(Locale.ROOT, "%d-W%02d", monday.get(IsoFields.WEEK_BASED_YEAR),
				monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
		LocalDate sunday = monday.plusDays(6);
		WeekFacts facts = new WeekFacts(name, monday, sunday, this.nutrition.dailyTotals(memberId, monday, sunday),
				this.profiles.targetsOf(MemberId.of(memberId)).orElse(null));
		if (consented && this.chat.enabled() && facts.daysLogged() > 0) {
			String system = system(locale);
			String prompt = facts.prompt();
			String factsHash = hash(system, prompt);
			Optional<Kept> kept = cached(memberId, name);
			if (kept.isPresent() && factsHash.equals(kept.get().factsHash())) {
				return kept.get().summary();
			}
			try {
				String text = this.chat.complete(system, prompt);
				// as the database keeps it, so the kept summary says the same time
				Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
				cache(memberId, name, text, now, factsHash);
				return new Summary(name, text, Source.AI, now);
			}
			catch (OutboundCallFailed | ChatModel.NoAnswer failed) {
				log.info("AI summary unavailable ({}), answering from the fallback", failed.getMessage());
				if (kept.isPresent()) {
					return kept.get().summary();
				}
			}
		}
		return new Summary(name, LocalSummary.of(facts, locale), Source.LOCAL, this.clock.instant());
	}

	private static LocalDate monday(String week) {
		Matcher matcher = WEEK.matcher(week.trim());
		if (!matcher.matches()) {
			throw DomainException.invalid("week", "INVALID_WEEK", "Give an ISO week such as 2026-W48");
		}
		int year = Integer.parseInt(matcher.group(1));
		int number = Integer.parseInt(matcher.group(2));
		try {
			LocalDate someDay = LocalDate.of(year, 6, 1);
			if (number < 1 || number > someDay.range(IsoFields.WEEK_OF_WEEK_BASED_YEAR).getMaximum() || year < 2000) {
				throw DomainException.invalid("week", "INVALID_WEEK", "Give an ISO week such as 2026-W48");
			}
			return someDay.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number).with(DayOfWeek.MONDAY);
		}
		catch (java.time.DateTimeException invalid) {
			throw DomainException.invalid("week", "INVALID_WEEK", "Give an ISO week such as 2026-W48");
		}
	}

	private static String system(Locale locale) {
		String language = "en".equals(locale.getLanguage()) ? "English" : "Spanish";
		return "You are a nutrition coach. From the week's daily totals against the member's targets, write a "
				+ "short, encouraging summary (at most 4 sentences) with one concrete suggestion. Answer in " + language
				+ ". Do not invent foods or numbers that are not given.";
	}

	/** What the AI is given, as a SHA-256 in hex. */
	private static String hash(String system, String prompt) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256")
				.digest((system + "\n" + prompt).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every JDK", ex);
		}
	}

	private void cache(UUID memberId, String week, String text, Instant now, String factsHash) {
		String kept = text.length() > 4000 ? text.substring(0, 4000) : text;
		if (this.jdbc.update(
				"update recognition_weekly_summary set summary_text = ?, generated_at = ?, facts_hash = ? "
						+ "where member_id = ? and week = ?",
				kept, Timestamp.from(now), factsHash, memberId, week) == 0) {
			this.jdbc.update(
					"insert into recognition_weekly_summary (member_id, week, summary_text, generated_at, facts_hash) "
							+ "values (?, ?, ?, ?, ?) on conflict do nothing",
					memberId, week, kept, Timestamp.from(now), factsHash);
		}
	}

	private Optional<Kept> cached(UUID memberId, String week) {
		return this.jdbc
			.query("select summary_text, generated_at, facts_hash from recognition_weekly_summary "
					+ "where member_id = ? and week = ?",
					(row, n) -> new Kept(
							new Summary(week, row.getString(1), Source.CACHED, row.getTimestamp(2).toInstant()),
							row.getString(3)),
					memberId, week)
			.stream()
			.findFirst();
	}

}
