package app.vitalia.recognition.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rule-written summary speaks of the week it summarises, which is shown under its own
 * dates and is usually the week before: "that week", never "this week".
 */
class LocalSummaryTests {

	private final WeekFacts emptyWeek = new WeekFacts("2026-W48", LocalDate.parse("2026-11-23"),
			LocalDate.parse("2026-11-29"), List.of(), null);

	@Test
	void aWeekWithNothingLoggedIsSaidAsThatWeekInEitherLanguage() {
		assertThat(LocalSummary.of(this.emptyWeek, Locale.forLanguageTag("es")))
			.isEqualTo("No registraste comidas esa semana, así que no hay nada que resumir.");
		assertThat(LocalSummary.of(this.emptyWeek, Locale.ENGLISH))
			.isEqualTo("Nothing was logged that week, so there is nothing to summarise.");
	}

}
