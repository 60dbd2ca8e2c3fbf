package app.vitalia.reporting.financial;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.IntConsumer;

import app.vitalia.billing.FinancialFigures;
import app.vitalia.billing.FinancialFigures.PlanName;

import org.springframework.stereotype.Component;

/**
 * The monthly financial report: per currency, revenue (successful charges made in the
 * month, refunded or not), refunds made in the month, net, successful and failed charges,
 * new subscriptions (members whose first successful payment falls in the month),
 * renewals, cancellations requested, subscriptions that ended, churn rate (ended ÷ paying
 * subscribers at the start), paying subscribers and MRR at the end of the month (now, for
 * the current month), ARPU (net ÷ paying subscribers at the end) and the same by plan.
 * Months run from local midnight to local midnight in the business time zone. Six
 * aggregate queries; their rows are per currency and plan, never per payment.
 */
@Component
public class MonthlyFinancialReport {

	private final FinancialFigures figures;

	private final Clock clock;

	MonthlyFinancialReport(FinancialFigures figures, Clock clock) {
		this.figures = figures;
		this.clock = clock;
	}

	/** Computes the report, telling {@code progress} (0–100) after each query. */
	public FinancialReport compute(YearMonth month, ZoneId zone, IntConsumer progress) {
		Instant from = month.atDay(1).atStartOfDay(zone).toInstant();
		Instant to = month.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
		Instant now = this.clock.instant();
		Instant end = to.isAfter(now) ? now : to;
		Map<String, Map<UUID, Line>> lines = new TreeMap<>();
		for (FinancialFigures.Charges c : this.figures.charges(from, to)) {
			Line line = line(lines, c.currency(), c.planId());
			line.revenue = line.revenue.add(c.collected());
			line.succeeded += c.succeeded();
			line.failed += c.failed();
			line.renewals += c.renewals();
		}
		progress.accept(20);
		for (FinancialFigures.RefundTotal r : this.figures.refunds(from, to)) {
			Line line = line(lines, r.currency(), r.planId());
			line.refunds = line.refunds.add(r.amount());
		}
		progress.accept(35);
		for (FinancialFigures.NewSubscribers n : this.figures.newSubscribers(from, to)) {
			line(lines, n.currency(), n.planId()).newSubscriptions += n.members();
		}
		progress.accept(55);
		for (FinancialFigures.Subscribers s : this.figures.subscribers(from)) {
			line(lines, s.currency(), s.planId()).activeAtStart += s.count();
		}
		progress.accept(70);
		for (FinancialFigures.Subscribers s : this.figures.subscribers(end)) {
			Line line = line(lines, s.currency(), s.planId());
			line.active += s.count();
			line.mrr = line.mrr.add(s.monthlyRevenue());
		}
		progress.accept(85);
		// up to now in a month in progress: a cancelled period that runs out later this
		// month has not churned yet
		for (FinancialFigures.Departures d : this.figures.departures(from, end)) {
			Line line = line(lines, d.currency(), d.planId());
			line.cancellations += d.cancellations();
			line.churned += d.ended();
		}
		progress.accept(95);
		Map<UUID, PlanName> plans = new TreeMap<>();
		this.figures.plans().forEach(p -> plans.put(p.id(), p));
		List<FinancialReport.CurrencyFigures> currencies = new ArrayList<>();
		lines.forEach((currency, byPlan) -> {
			Line total = new Line();
			List<FinancialReport.PlanFigures> planFigures = new ArrayList<>();
			byPlan.forEach((planId, line) -> {
				total.add(line);
				PlanName plan = plans.get(planId);
				planFigures.add(new FinancialReport.PlanFigures(planId, plan != null ? plan.code() : "",
						plan != null ? plan.name() : "", line.figures()));
			});
			planFigures.sort(Comparator.comparing(FinancialReport.PlanFigures::code));
			currencies.add(new FinancialReport.CurrencyFigures(currency, total.figures(), planFigures));
		});
		return new FinancialReport(month.getYear(), month.getMonthValue(), zone.getId(), from, to, end, currencies);
	}

	private static Line line(Map<String, Map<UUID, Line>> lines, String currency, UUID planId) {
		return lines.computeIfAbsent(currency, c -> new TreeMap<>()).computeIfAbsent(planId, p -> new Line());
	}

	/** Sums for one currency and plan (or a currency's total). */
	private static final class Line {

		BigDecimal revenue = BigDecimal.ZERO;

		BigDecimal refunds = BigDecimal.ZERO;

		BigDecimal mrr = BigDecimal.ZERO;

		long succeeded;

		long failed;

		long renewals;

		long newSubscriptions;

		long cancellations;

		long churned;

		long activeAtStart;

		long active;

		void add(Line other) {
			this.revenue = this.revenue.add(other.revenue);
			this.refunds = this.refunds.add(other.refunds);
			this.mrr = this.mrr.add(other.mrr);
			this.succeeded += other.succeeded;
			this.failed += other.failed;
			this.renewals += other.renewals;
			this.newSubscriptions += other.newSubscriptions;
			this.cancellations += other.cancellations;
			this.churned += other.churned;
			this.activeAtStart += other.activeAtStart;
			this.active += other.active;
		}

		FinancialReport.Figures figures() {
			BigDecimal net = this.revenue.subtract(this.refunds);
			return new FinancialReport.Figures(money(this.revenue), money(this.refunds), money(net), this.succeeded,
					this.failed, this.newSubscriptions, this.renewals, this.cancellations, this.churned,
					this.activeAtStart == 0 ? null
							: BigDecimal.valueOf(this.churned)
								.divide(BigDecimal.valueOf(this.activeAtStart), 4, RoundingMode.HALF_UP),
					this.activeAtStart, this.active, this.mrr.setScale(2, RoundingMode.HALF_UP),
					this.active == 0 ? null : net.divide(BigDecimal.valueOf(this.active), 2, RoundingMode.HALF_UP));
		}

	}

	/** An amount with at least two decimals and no trailing zeros past them. */
	static BigDecimal money(BigDecimal value) {
		BigDecimal plain = value.stripTrailingZeros();
		return plain.scale() < 2 ? plain.setScale(2) : plain;
	}

}
