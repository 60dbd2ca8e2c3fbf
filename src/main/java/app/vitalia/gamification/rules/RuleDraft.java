package app.vitalia.gamification.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import app.vitalia.platform.DomainException;
import app.vitalia.platform.Violation;
import org.jspecify.annotations.Nullable;

/**
 * A rule as an admin sends it, checked field by field into a {@link Rule}: an unknown
 * trigger or condition kind, negative points, a streak outside 1–365 days and the like
 * are refused with 422 and every violation listed.
 */
public record RuleDraft(@Nullable String code, @Nullable Text name, @Nullable String trigger,
		@Nullable ConditionDraft condition, @Nullable Integer points, @Nullable String badgeCode,
		@Nullable Boolean active, @Nullable Instant validFrom, @Nullable Instant validTo) {

	public record ConditionDraft(@Nullable String kind, @Nullable Integer n, @Nullable Integer withinDays,
			@Nullable Integer days) {
	}

	static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,60}");

	public static final int MAX_DAYS = 365;

	public Rule toRule() {
		List<Violation> problems = new ArrayList<>();
		if (this.code == null || !CODE.matcher(this.code).matches()) {
			problems.add(new Violation("code", "INVALID_CODE", "2 to 60 capital letters, digits or underscores"));
		}
		requireText(this.name, "name", 120, problems);
		Trigger type = null;
		if (this.trigger == null || Arrays.stream(Trigger.values()).noneMatch(t -> t.name().equals(this.trigger))) {
			problems.add(new Violation("trigger", "UNKNOWN_TRIGGER", "One of " + Arrays.toString(Trigger.values())));
		}
		else {
			type = Trigger.valueOf(this.trigger);
		}
		Condition condition = condition(problems);
		if (this.points == null || this.points < 0) {
			problems.add(new Violation("points", "NEGATIVE_POINTS", "Points must be 0 or more"));
		}
		else if (this.points > 100_000) {
			problems.add(new Violation("points", "TOO_MANY_POINTS", "At most 100000 points per award"));
		}
		if (this.badgeCode != null && !CODE.matcher(this.badgeCode).matches()) {
			problems.add(new Violation("badgeCode", "INVALID_CODE", "A badge code"));
		}
		if (this.validFrom != null && this.validTo != null && !this.validTo.isAfter(this.validFrom)) {
			problems.add(new Violation("validTo", "INVALID_PERIOD", "Must be after validFrom"));
		}
		if (!problems.isEmpty() || type == null || condition == null || this.points == null || this.code == null
				|| this.name == null) {
			throw new DomainException(DomainException.Kind.UNPROCESSABLE, "INVALID_RULE", "The rule is not valid",
					problems);
		}
		return new Rule(this.code, this.name, type, condition, this.points, this.badgeCode,
				this.active == null || this.active, this.validFrom, this.validTo);
	}

	private @Nullable Condition condition(List<Violation> problems) {
		if (this.condition == null || this.condition.kind() == null || Arrays.stream(Condition.Kind.values())
			.noneMatch(kind -> kind.name().equals(this.condition.kind()))) {
			problems.add(new Violation("condition.kind", "UNKNOWN_CONDITION",
					"One of " + Arrays.toString(Condition.Kind.values())));
			return null;
		}
		ConditionDraft draft = this.condition;
		return switch (Condition.Kind.valueOf(draft.kind())) {
			case FIRST_TIME -> Condition.firstTime();
			case EACH -> Condition.each();
			case COUNT -> {
				boolean ok = true;
				if (draft.n() == null || draft.n() < 1 || draft.n() > 10_000) {
					problems.add(new Violation("condition.n", "OUT_OF_RANGE", "Between 1 and 10000 events"));
					ok = false;
				}
				if (draft.withinDays() != null && (draft.withinDays() < 1 || draft.withinDays() > MAX_DAYS)) {
					problems.add(new Violation("condition.withinDays", "OUT_OF_RANGE", "Between 1 and 365 days"));
					ok = false;
				}
				yield ok ? Condition.count(draft.n(), draft.withinDays()) : null;
			}
			case STREAK -> {
				if (draft.days() == null || draft.days() < 1 || draft.days() > MAX_DAYS) {
					problems.add(new Violation("condition.days", "OUT_OF_RANGE", "A streak is 1 to 365 days"));
					yield null;
				}
				yield Condition.streak(draft.days());
			}
		};
	}

	static void requireText(@Nullable Text text, String field, int max, List<Violation> problems) {
		if (text == null || blank(text.es()) || blank(text.en())) {
			problems.add(new Violation(field, "REQUIRED", "Both es and en are required"));
		}
		else if (text.es().length() > max || text.en().length() > max) {
			problems.add(new Violation(field, "TOO_LONG", "At most " + max + " characters"));
		}
	}

	private static boolean blank(@Nullable String value) {
		return value == null || value.isBlank();
	}

}
