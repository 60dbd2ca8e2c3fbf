package app.vitalia.reporting;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import app.vitalia.platform.DomainException;
import app.vitalia.reporting.financial.FinancialReport;
import app.vitalia.reporting.financial.MonthlyFinancialReport;
import org.jobrunr.jobs.annotations.Job;
import org.jobrunr.jobs.annotations.Recurring;
import org.jobrunr.scheduling.JobScheduler;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Admin reports, computed in the background: a request inserts a queued report and
 * enqueues a JobRunr job (any instance runs it). At most one report per type and
 * parameters is live (queued or running) at a time, by a unique key in the database, so
 * identical requests, even concurrent ones, get the same report. A running report beats a
 * heartbeat with its progress; one whose heartbeat stops (its process died) is picked up
 * again by {@link #resume()}, which runs every minute and at start-up, and restarts from
 * the beginning (the computation only reads).
 * <p>
 * Public because JobRunr calls {@link #run(UUID)} and {@link #resume()} by reflection.
 */
@Component
public class Reports {

	/** The one report type so far. */
	public static final String FINANCIAL_MONTHLY = "FINANCIAL_MONTHLY";

	static final int MIN_YEAR = 2000;

	private static final Logger log = LoggerFactory.getLogger(Reports.class);

	/** A page of reports, newest first, with the real total. */
	public record ReportPage(List<Report> content, int page, int size, long totalElements, boolean hasNext) {
	}

	private final ReportStore store;

	private final MonthlyFinancialReport financial;

	private final JobScheduler jobs;

	private final JsonMapper json;

	private final ReportingProperties properties;

	private final Clock clock;

	Reports(ReportStore store, MonthlyFinancialReport financial, JobScheduler jobs, JsonMapper json,
			ReportingProperties properties, Clock clock) {
		this.store = store;
		this.financial = financial;
		this.jobs = jobs;
		this.json = json;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Queues a report, or answers the live one with the same parameters. Year and month
	 * default to the current month in the business time zone.
	 * @throws DomainException 400 on an unknown type, a month out of range or in the
	 * future
	 */
	public Report request(@Nullable String type, @Nullable Integer year, @Nullable Integer month) {
		if (type != null && !FINANCIAL_MONTHLY.equals(type)) {
			throw DomainException.invalid("type", "INVALID_REPORT_TYPE", "must be " + FINANCIAL_MONTHLY);
		}
		YearMonth wanted = month(year, month);
		String params = "{\"year\":" + wanted.getYear() + ",\"month\":" + wanted.getMonthValue() + "}";
		String key = FINANCIAL_MONTHLY + ":" + wanted;
		for (int tries = 0; tries < 5; tries++) {
			Optional<UUID> live = this.store.live(key);
			if (live.isPresent()) {
				Optional<Report> report = this.store.find(live.get());
				if (report.isPresent()) {
					return report.get();
				}
				continue;
			}
			UUID id = UUID.randomUUID();
			try {
				this.store.insert(id, FINANCIAL_MONTHLY, params, key, this.clock.instant());
			}
			catch (DuplicateKeyException concurrent) {
				// another request inserted it first: answer that one
				continue;
			}
			enqueue(id, "first");
			return this.store.find(id).orElseThrow();
		}
		throw new IllegalStateException("Could not queue or find a report for " + key);
	}

	public Optional<Report> find(UUID id) {
		return this.store.find(id);
	}

	public ReportPage list(@Nullable String type, int page, int size) {
		List<Report> rows = this.store.page(type, page, size);
		boolean more = rows.size() > size;
		List<Report> content = more ? rows.subList(0, size) : rows;
		long total = page == 0 && !more ? content.size() : this.store.count(type);
		return new ReportPage(List.copyOf(content), page, size, total, more);
	}

	/**
	 * The result of a finished financial report.
	 * @throws DomainException 404 when there is no such report, 409
	 * {@code REPORT_NOT_READY} while it is not done
	 */
	public FinancialReport financialResult(UUID id) {
		Report report = find(id).orElseThrow(() -> DomainException.notFound("The report"));
		if (!Report.DONE.equals(report.status()) || report.result() == null) {
			throw new DomainException(DomainException.Kind.CONFLICT, "REPORT_NOT_READY",
					"The report is " + report.status() + "; download it once it is DONE");
		}
		return this.json.treeToValue(report.result(), FinancialReport.class);
	}

	/** Computes one report, unless another worker has it. */
	@Job(name = "Compute report %0", retries = 2)
	public void run(UUID id) {
		Instant now = this.clock.instant();
		int attempt = this.store.claim(id, now, now.minus(this.properties.staleAfter()));
		if (attempt == 0) {
			return;
		}
		if (attempt > this.properties.maxAttempts()) {
			this.store.failed(id, attempt, "Gave up after " + this.properties.maxAttempts() + " attempts", now);
			return;
		}
		try {
			Report report = this.store.find(id).orElseThrow();
			YearMonth month = YearMonth.of(report.params().path("year").asInt(), report.params().path("month").asInt());
			FinancialReport result = this.financial.compute(month, this.properties.businessTimezone(),
					progress -> this.store.progress(id, attempt, progress, this.clock.instant()));
			if (!this.store.done(id, attempt, this.json.writeValueAsString(result), this.clock.instant())) {
				log.info("Report {} attempt {} was superseded; its result is dropped", id, attempt);
			}
		}
		catch (RuntimeException ex) {
			log.error("Report {} failed", id, ex);
			this.store.failed(id, attempt, String.valueOf(ex.getMessage()), this.clock.instant());
		}
	}

	/**
	 * Enqueues again the live reports nobody is working on (their process died, or the
	 * enqueue after the insert never happened); returns how many.
	 */
	@Recurring(id = "reporting-resume", interval = "PT1M")
	@Job(name = "Resume abandoned reports")
	public int resume() {
		Instant now = this.clock.instant();
		List<ReportStore.Abandoned> abandoned = this.store.abandoned(now.minus(this.properties.staleAfter()));
		long window = now.getEpochSecond() / Math.max(1, this.properties.staleAfter().toSeconds());
		for (ReportStore.Abandoned report : abandoned) {
			log.info("Report {} was abandoned after {} attempt(s); enqueueing it again", report.id(),
					report.attempts());
			enqueue(report.id(), report.attempts() + ":" + window);
		}
		return abandoned.size();
	}

	@EventListener(ApplicationReadyEvent.class)
	void resumeAtStartUp() {
		try {
			resume();
		}
		catch (RuntimeException ex) {
			log.warn("Could not look for abandoned reports at start-up: {}", ex.getMessage());
		}
	}

	private void enqueue(UUID id, String attempt) {
		UUID jobId = UUID.nameUUIDFromBytes(("report:" + id + ":" + attempt).getBytes(StandardCharsets.UTF_8));
		try {
			this.jobs.enqueue(jobId, () -> run(id));
		}
		catch (RuntimeException exists) {
			log.debug("Report job {} exists already: {}", jobId, exists.getMessage());
		}
	}

	private YearMonth month(@Nullable Integer year, @Nullable Integer month) {
		YearMonth current = YearMonth.now(this.clock.withZone(this.properties.businessTimezone()));
		if (month != null && (month < 1 || month > 12)) {
			throw DomainException.invalid("month", "INVALID_MONTH", "must be 1 to 12");
		}
		if (year != null && (year < MIN_YEAR || year > current.getYear())) {
			throw DomainException.invalid("year", "INVALID_YEAR", "must be " + MIN_YEAR + " to " + current.getYear());
		}
		YearMonth wanted = YearMonth.of(year != null ? year : current.getYear(),
				month != null ? month : current.getMonthValue());
		if (wanted.isAfter(current)) {
			throw DomainException.invalid("month", "FUTURE_MONTH", "must not be after the current month " + current);
		}
		return wanted;
	}

}
