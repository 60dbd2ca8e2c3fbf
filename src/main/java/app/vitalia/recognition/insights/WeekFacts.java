package app.vitalia.recognition.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import app.vitalia.members.Targets;
import app.vitalia.nutrition.DayIntake;

/**
 * A week of a member's diary reduced to aggregates: each logged day's totals, the daily
 * targets, and how many days met them. Nothing that names the member (no name, email or
 * birth date) is in it; it is all the AI service is sent.
 */
public record WeekFacts(String week, LocalDate from, LocalDate to, List<DayIntake> days, @Nullable Targets targets) {

	/** Energy within this share of the target counts as on target. */
	static final double KCAL_TOLERANCE = 0.10;

	public int daysLogged() {
		return this.days.size();
	}

	public int proteinUnderTarget() {
		if (this.targets == null) {
			return 0;
		}
		return (int) this.days.stream()
			.filter(day -> day.proteinG() != null && day.proteinG() < this.targets.proteinG())
			.count();
	}

	public int kcalOnTarget() {
		if (this.targets == null) {
			return 0;
		}
		return (int) this.days.stream()
			.filter(day -> day.kcal() != null
					&& Math.abs(day.kcal() - this.targets.calories()) <= this.targets.calories() * KCAL_TOLERANCE)
			.count();
	}

	public int kcalOverTarget() {
		if (this.targets == null) {
			return 0;
		}
		return (int) this.days.stream()
			.filter(day -> day.kcal() != null && day.kcal() > this.targets.calories() * (1 + KCAL_TOLERANCE))
			.count();
	}

	public @Nullable Double averageKcal() {
		return this.days.stream()
			.map(DayIntake::kcal)
			.filter(java.util.Objects::nonNull)
			.mapToDouble(Double::doubleValue)
			.average()
			.stream()
			.boxed()
			.findFirst()
			.orElse(null);
	}

	/** The aggregates as the AI's user message: one line per logged day, then targets. */
	String prompt() {
		StringBuilder text = new StringBuilder();
		text.append("Week ")
			.append(this.week)
			.append(" (")
			.append(this.from)
			.append(" to ")
			.append(this.to)
			.append(")\n");
		text.append("Days logged: ").append(daysLogged()).append(" of 7\n");
		if (this.targets != null) {
			text.append(String.format(Locale.ROOT, "Daily targets: %d kcal, protein %d g, fat %d g, carbs %d g%n",
					this.targets.calories(), this.targets.proteinG(), this.targets.fatG(), this.targets.carbsG()));
		}
		else {
			text.append("Daily targets: not set\n");
		}
		for (DayIntake day : this.days) {
			text.append(String.format(Locale.ROOT, "%s: %s kcal, protein %s g, fat %s g, carbs %s g%n",
					day.date().getDayOfWeek(), number(day.kcal()), number(day.proteinG()), number(day.fatG()),
					number(day.carbsG())));
		}
		if (this.targets != null) {
			text.append("Days with energy within 10 % of target: ").append(kcalOnTarget()).append('\n');
			text.append("Days with protein under target: ").append(proteinUnderTarget()).append('\n');
		}
		return text.toString();
	}

	private static String number(@Nullable Double value) {
		return value == null ? "unknown" : String.valueOf(Math.round(value));
	}

}
