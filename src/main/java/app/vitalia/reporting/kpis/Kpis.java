package app.vitalia.reporting.kpis;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import app.vitalia.billing.FinancialFigures;
import app.vitalia.billing.SubscriptionStatus;
import app.vitalia.nutrition.DiaryFigures;
import app.vitalia.scheduling.AppointmentFigures;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The admin KPIs, each an SQL aggregate (billing's, nutrition's and scheduling's through
 * their figures APIs, activity from reporting's own table), kept for a minute:
 * <ul>
 * <li>members active today, in the last 7 and 30 days; stickiness is the average number
 * of daily actives over the last 30 days divided by the members active in those 30 days
 * (DAU/MAU);</li>
 * <li>logging adherence: members who logged food on at least 5 of the last 7 days,
 * divided by the members active in the last 7 days (logging food is activity);</li>
 * <li>subscriptions by status, and the paying ones leaving at the end of their period;
 * MRR and paying subscribers at the end of each of the last 12 months (now, for this
 * month); new subscriptions and churned ones per month; revenue by plan over the
 * requested range; daily actives for 30 days; appointments booked per week for 12
 * weeks.</li>
 * </ul>
 */
public class Kpis {

	static final Duration KEEP = Duration.ofMinutes(1);

	public record Activity(long active1d, long active7d, long active30d, @Nullable BigDecimal stickiness,
			@Nullable BigDecimal loggingAdherence) {
	}

	public record MonthPoint(String month, String currency, BigDecimal mrr, long activeSubscribers) {
	}

	public record Movement(String month, long newSubscriptions, long churned) {
	}

	public record PlanRevenue(UUID planId, String code, String name, String currency, BigDecimal revenue,
			long payments) {
	}

	public record DayPoint(LocalDate day, long members) {
	}

	public record WeekPoint(LocalDate weekStart, long booked) {
	}

	public record Snapshot(Instant generatedAt, Instant from, Instant to, String zone, Activity activity,
			Map<SubscriptionStatus, Long> subscriptions, long leaving, List<MonthPoint> mrrTrend,
			List<Movement> newVsChurned, List<PlanRevenue> revenueByPlan, List<DayPoint> dailyActive,
			List<WeekPoint> appointmentsPerWeek) {
	}

	private record Kept(Instant at, Snapshot snapshot) {
	}

	private final JdbcTemplate jdbc;

	private final FinancialFigures billing;

	private final DiaryFigures diary;

	private final AppointmentFigures appointments;

	private final Clock clock;

	private final ZoneId zone;

	private final Map<String, Kept> kept = new ConcurrentHashMap<>();

	public Kpis(JdbcTemplate jdbc, FinancialFigures billing, DiaryFigures diary, AppointmentFigures appointments,
			Clock clock, ZoneId zone) {
		this.jdbc = jdbc;
		this.billing = billing;
		this.diary = diary;
		this.appointments = appointments;
		this.clock = clock;
		this.zone = zone;
	}

	/**
	 * The KPIs with revenue by plan over {@code from}–{@code to}, computed at most once a
	 * minute.
	 */
	public Snapshot snapshot(Instant from, Instant to) {
		Instant now = this.clock.instant();
		String key = from + "/" + to;
		Kept hit = this.kept.get(key);
		if (hit != null && hit.at().plus(KEEP).isAfter(now)) {
			return hit.snapshot();
		}
		if (this.kept.size() > 100) {
			this.kept.clear();
		}
		Snapshot snapshot = compute(from, to, now);
		this.kept.put(key, new Kept(now, snapshot));
		return snapshot;
	}

	public Activity activity() {
		LocalDate today = LocalDate.now(this.clock.withZone(this.zone));
		long active1d = distinctSince(today);
		long active7d = distinctSince(today.minusDays(6));
		long active30d = distinctSince(today.minusDays(29));
		Long dayRows = this.jdbc.queryForObject(
				"select count(*) from reporting_daily_activity where active_on >= ? and active_on < ?", Long.class,
				Date.valueOf(today.minusDays(30)), Date.valueOf(today));
		Long monthly = this.jdbc.queryForObject(
				"select count(distinct member_id) from reporting_daily_activity where active_on >= ? and active_on < ?",
				Long.class, Date.valueOf(today.minusDays(30)), Date.valueOf(today));
		BigDecimal stickiness = monthly == null || monthly == 0 ? null
				: BigDecimal.valueOf(dayRows != null ? dayRows : 0)
					.divide(BigDecimal.valueOf(30L * monthly), 4, RoundingMode.HALF_UP);
		long logging = this.diary.membersLoggingOnAtLeast(5, today.minusDays(6), today);
		BigDecimal adherence = active7d == 0 ? null : BigDecimal.valueOf(Math.min(logging, active7d))
			.divide(BigDecimal.valueOf(active7d), 4, RoundingMode.HALF_UP);
		return new Activity(active1d, active7d, active30d, stickiness, adherence);
	}

	/** MRR per currency now, rounded to cents. */
	public Map<String, BigDecimal> mrr() {
		Map<String, BigDecimal> mrr = new TreeMap<>();
		for (FinancialFigures.Subscribers s : this.billing.subscribers(this.clock.instant())) {
			mrr.merge(s.currency(), s.monthlyRevenue(), BigDecimal::add);
		}
		mrr.replaceAll((currency, amount) -> amount.setScale(2, RoundingMode.HALF_UP));
		return mrr;
	}

	public Map<SubscriptionStatus, Long> subscriptions() {
		return this.billing.subscriptionsByStatus(this.clock.instant());
	}

	private Snapshot compute(Instant from, Instant to, Instant now) {
		YearMonth current = YearMonth.now(this.clock.withZone(this.zone));
		List<MonthPoint> trend = new ArrayList<>();
		List<Movement> movements = new ArrayList<>();
		for (int back = 11; back >= 0; back--) {
			YearMonth month = current.minusMonths(back);
			Instant start = month.atDay(1).atStartOfDay(this.zone).toInstant();
			Instant end = month.plusMonths(1).atDay(1).atStartOfDay(this.zone).toInstant();
			Instant at = end.isAfter(now) ? now : end;
			Map<String, BigDecimal> mrr = new TreeMap<>();
			Map<String, Long> count = new HashMap<>();
			for (FinancialFigures.Subscribers s : this.billing.subscribers(at)) {
				mrr.merge(s.currency(), s.monthlyRevenue(), BigDecimal::add);
				count.merge(s.currency(), s.count(), Long::sum);
			}
			mrr.forEach((currency, amount) -> trend.add(new MonthPoint(month.toString(), currency,
					amount.setScale(2, RoundingMode.HALF_UP), count.getOrDefault(currency, 0L))));
			long fresh = this.billing.newSubscribers(start, end)
				.stream()
				.mapToLong(FinancialFigures.NewSubscribers::members)
				.sum();
			// this month's churn so far, not the cancelled periods that run out later in
			// it
			long churned = this.billing.departures(start, at)
				.stream()
				.mapToLong(FinancialFigures.Departures::ended)
				.sum();
			movements.add(new Movement(month.toString(), fresh, churned));
		}
		Map<UUID, FinancialFigures.PlanName> plans = new HashMap<>();
		this.billing.plans().forEach(p -> plans.put(p.id(), p));
		List<PlanRevenue> byPlan = new ArrayList<>();
		for (FinancialFigures.Charges c : this.billing.charges(from, to)) {
			FinancialFigures.PlanName plan = plans.get(c.planId());
			byPlan.add(new PlanRevenue(c.planId(), plan != null ? plan.code() : "", plan != null ? plan.name() : "",
					c.currency(), c.collected().setScale(2, RoundingMode.HALF_UP), c.succeeded()));
		}
		byPlan.sort((a, b) -> b.revenue().compareTo(a.revenue()));
		LocalDate today = LocalDate.now(this.clock.withZone(this.zone));
		Map<LocalDate, Long> days = new TreeMap<>();
		for (int back = 29; back >= 0; back--) {
			days.put(today.minusDays(back), 0L);
		}
		this.jdbc.query(
				"select active_on, count(*) from reporting_daily_activity where active_on >= ? group by active_on",
				rs -> {
					days.put(rs.getDate(1).toLocalDate(), rs.getLong(2));
				}, Date.valueOf(today.minusDays(29)));
		List<DayPoint> daily = days.entrySet().stream().map(e -> new DayPoint(e.getKey(), e.getValue())).toList();
		LocalDate firstWeek = today.with(java.time.DayOfWeek.MONDAY).minusWeeks(11);
		long[] booked = this.appointments.bookedPerWeek(firstWeek.atStartOfDay(this.zone).toInstant(), 12);
		List<WeekPoint> weeks = new ArrayList<>();
		for (int i = 0; i < booked.length; i++) {
			weeks.add(new WeekPoint(firstWeek.plusWeeks(i), booked[i]));
		}
		return new Snapshot(now, from, to, this.zone.getId(), activity(), subscriptions(),
				this.billing.leavingSubscribers(now), trend, movements, byPlan, daily, weeks);
	}

	private long distinctSince(LocalDate day) {
		Long count = this.jdbc.queryForObject(
				"select count(distinct member_id) from reporting_daily_activity where active_on >= ?", Long.class,
				Date.valueOf(day));
		return count != null ? count : 0;
	}

}
