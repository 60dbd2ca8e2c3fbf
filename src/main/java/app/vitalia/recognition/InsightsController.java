package app.vitalia.recognition;

import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import app.vitalia.billing.Entitlements;
import app.vitalia.identity.AccountId;
import app.vitalia.identity.Accounts;
import app.vitalia.identity.CurrentUser;
import app.vitalia.members.MemberId;
import app.vitalia.recognition.insights.WeeklySummaries;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Insights", description = "The weekly nutrition summary, by the AI or from rules")
class InsightsController {

	/** The plan feature the weekly summary needs. */
	static final String FEATURE = "AI_SUMMARY";

	private final WeeklySummaries summaries;

	private final AiConsent consent;

	private final Entitlements entitlements;

	private final Accounts accounts;

	InsightsController(WeeklySummaries summaries, AiConsent consent, Entitlements entitlements, Accounts accounts) {
		this.accounts = accounts;
		this.summaries = summaries;
		this.consent = consent;
		this.entitlements = entitlements;
	}

	@Operation(summary = "The member's weekly summary (ISO week, default the last complete one) and its source")
	@GetMapping("/api/me/insights/weekly")
	WeeklySummaries.Summary weekly(CurrentUser user,
			@RequestParam(required = false) @Size(max = 10) @Nullable String week, Locale locale) {
		this.entitlements.require(MemberId.of(user.id()), FEATURE);
		// the member's own language, as their notifications use
		Locale language = this.accounts.find(AccountId.of(user.id()))
			.map(account -> Locale.forLanguageTag(account.locale()))
			.orElse(locale);
		return this.summaries.weekly(user.id(), week, this.consent.given(user.id()), language);
	}

}
