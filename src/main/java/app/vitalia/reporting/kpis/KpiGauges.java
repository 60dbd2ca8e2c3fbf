package app.vitalia.reporting.kpis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import app.vitalia.billing.SubscriptionStatus;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The KPI gauges Prometheus scrapes: {@code vitalia_members_active{window="1d|30d"}},
 * {@code vitalia_stickiness_ratio}, {@code vitalia_logging_adherence_ratio},
 * {@code vitalia_subscriptions{status}} and {@code vitalia_mrr{currency}}. A scrape reads
 * the last computed values; {@link #refresh()} recomputes them (a few aggregate queries)
 * once a minute.
 */
public class KpiGauges {

	private static final Logger log = LoggerFactory.getLogger(KpiGauges.class);

	private final Kpis kpis;

	private final AtomicReference<Kpis.Activity> activity = new AtomicReference<>(
			new Kpis.Activity(0, 0, 0, null, null));

	private final MultiGauge subscriptions;

	private final MultiGauge mrr;

	public KpiGauges(Kpis kpis, MeterRegistry registry) {
		this.kpis = kpis;
		Gauge.builder("vitalia.members.active", this.activity, a -> a.get().active1d())
			.tag("window", "1d")
			.description("Members who made a signed-in request today (business time zone)")
			.register(registry);
		Gauge.builder("vitalia.members.active", this.activity, a -> a.get().active30d())
			.tag("window", "30d")
			.description("Members who made a signed-in request in the last 30 days")
			.register(registry);
		Gauge.builder("vitalia.stickiness.ratio", this.activity, a -> ratio(a.get().stickiness()))
			.description("Average daily active members over the last 30 days divided by the 30-day active members")
			.register(registry);
		Gauge.builder("vitalia.logging.adherence.ratio", this.activity, a -> ratio(a.get().loggingAdherence()))
			.description("Members who logged food on at least 5 of the last 7 days, of the members active in them")
			.register(registry);
		this.subscriptions = MultiGauge.builder("vitalia.subscriptions")
			.description("Subscriptions by status")
			.register(registry);
		this.mrr = MultiGauge.builder("vitalia.mrr")
			.description("Monthly recurring revenue of paying subscribers, by currency")
			.register(registry);
	}

	/** Recomputes every gauge; a failure keeps the previous values. */
	public void refresh() {
		try {
			this.activity.set(this.kpis.activity());
			List<MultiGauge.Row<?>> statuses = new ArrayList<>();
			for (Map.Entry<SubscriptionStatus, Long> e : this.kpis.subscriptions().entrySet()) {
				statuses.add(MultiGauge.Row.of(Tags.of("status", e.getKey().name()), e.getValue()));
			}
			this.subscriptions.register(statuses, true);
			List<MultiGauge.Row<?>> revenue = new ArrayList<>();
			for (Map.Entry<String, BigDecimal> e : this.kpis.mrr().entrySet()) {
				revenue.add(MultiGauge.Row.of(Tags.of("currency", e.getKey()), e.getValue().doubleValue()));
			}
			this.mrr.register(revenue, true);
		}
		catch (RuntimeException ex) {
			log.warn("Could not refresh the KPI gauges: {}", ex.getMessage());
		}
	}

	private static double ratio(BigDecimal value) {
		return value != null ? value.doubleValue() : Double.NaN;
	}

}
