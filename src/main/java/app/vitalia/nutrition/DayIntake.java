package app.vitalia.nutrition;

import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What a member logged on one day: entries, energy and macros (null = unknown). */
public record DayIntake(LocalDate date, int entries, @Nullable Double kcal, @Nullable Double proteinG,
		@Nullable Double fatG, @Nullable Double carbsG) {
}
