package app.vitalia.billing.catalog;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A plan with its current price and every earlier price version (newest first). The name
 * and description are the plan's own (Spanish); {@code nameEn} and {@code descriptionEn},
 * when set, are what members reading English see.
 */
public record Plan(UUID id, String code, String name, String description, @Nullable String nameEn,
		@Nullable String descriptionEn, PlanPeriod period, int trialDays, List<String> features, boolean archived,
		Instant createdAt, PlanPrice price, List<PlanPrice> versions) {

	/**
	 * The name a reader of this language sees: the English one for English when the plan
	 * has it, else the plan's own.
	 */
	public String name(Locale language) {
		return inLanguage(language, this.name, this.nameEn);
	}

	/** The description a reader of this language sees, as {@link #name(Locale)}. */
	public String description(Locale language) {
		return inLanguage(language, this.description, this.descriptionEn);
	}

	/**
	 * A plan's text for a reader of this language: the English one, if any, for English.
	 */
	public static String inLanguage(Locale language, String own, @Nullable String english) {
		return ("en".equals(language.getLanguage()) && english != null) ? english : own;
	}

	/**
	 * One price version of a plan: what subscribers who signed up under it keep paying.
	 */
	public record PlanPrice(UUID id, UUID planId, int version, Money money, Instant createdAt) {
	}

}
