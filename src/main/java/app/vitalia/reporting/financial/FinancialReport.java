package app.vitalia.reporting.financial;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.jspecify.annotations.Nullable;

/**
 * A monthly financial report's result: the month, its bounds (local midnights of
 * {@code zone}), the instant subscribers were counted at ({@code measuredAt}: the month's
 * end, or the time of the report for the current month) and the figures per currency.
 */
public record FinancialReport(int year, int month, String zone, Instant from, Instant to, Instant measuredAt,
		List<CurrencyFigures> currencies) {

	/**
	 * Decimals travel as strings, as billing's amounts do: no binary floating point on
	 * the way.
	 */
	@JsonFormat(shape = JsonFormat.Shape.STRING)
	@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
	@com.fasterxml.jackson.annotation.JacksonAnnotationsInside
	@interface Exact {

	}

	public record CurrencyFigures(String currency, Figures totals, List<PlanFigures> plans) {
	}

	public record PlanFigures(UUID planId, String code, String name, Figures figures) {
	}

	/**
	 * One currency's (or plan's) figures; {@code churnRate} is null without subscribers
	 * at the start, {@code arpu} without subscribers at the end.
	 */
	public record Figures(@Exact BigDecimal revenue, @Exact BigDecimal refunds, @Exact BigDecimal net,
			long succeededTransactions, long failedTransactions, long newSubscriptions, long renewals,
			long cancellations, long churned, @Exact @Nullable BigDecimal churnRate, long activeSubscribersAtStart,
			long activeSubscribers, @Exact BigDecimal mrr, @Exact @Nullable BigDecimal arpu) {
	}

}
