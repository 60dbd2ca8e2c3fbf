package app.vitalia.billing.catalog;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A plan as an admin writes it; on a change, fields left {@code null} stay as they are,
 * and an empty {@code nameEn} or {@code descriptionEn} removes that English text.
 */
public record PlanDraft(@Nullable String code, @Nullable String name, @Nullable String description,
		@Nullable String nameEn, @Nullable String descriptionEn, @Nullable String amount, @Nullable String currency,
		@Nullable String period, @Nullable Integer trialDays, @Nullable List<String> features,
		@Nullable Boolean archived) {
}
