package app.vitalia.members.bulk;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import app.vitalia.members.ActivityLevel;
import app.vitalia.members.Goal;
import app.vitalia.members.Sex;

/**
 * One complete member profile of a bulk import (demo data); {@code timezone} is an IANA
 * zone id, {@code locale} {@code es} or {@code en}.
 */
public record ImportedProfile(UUID accountId, LocalDate birthDate, Sex sex, BigDecimal heightCm, BigDecimal weightKg,
		ActivityLevel activityLevel, Goal goal, String timezone, @Nullable String locale) {
}
