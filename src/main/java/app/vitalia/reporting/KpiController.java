package app.vitalia.reporting;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import app.vitalia.platform.DomainException;
import app.vitalia.reporting.kpis.Kpis;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The admin KPIs. */
@RestController
@Tag(name = "KPIs (admin)", description = "Subscribers, MRR, activity, adherence and bookings")
class KpiController {

	private final Kpis kpis;

	private final ReportingProperties properties;

	private final Clock clock;

	KpiController(Kpis kpis, ReportingProperties properties, Clock clock) {
		this.kpis = kpis;
		this.properties = properties;
		this.clock = clock;
	}

	@Operation(summary = "KPIs; revenue by plan covers from–to (dates, both included; default this month)")
	@GetMapping("/api/admin/kpis")
	Kpis.Snapshot kpis(@RequestParam(required = false) @Size(max = 10) String from,
			@RequestParam(required = false) @Size(max = 10) String to) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.properties.businessTimezone()));
		LocalDate first = date("from", from, YearMonth.from(today).atDay(1));
		LocalDate last = date("to", to, today);
		if (last.isBefore(first)) {
			throw DomainException.invalid("to", "INVALID_RANGE", "must not be before from");
		}
		if (first.plusYears(5).isBefore(last)) {
			throw DomainException.invalid("to", "RANGE_TOO_LONG", "the range may cover at most five years");
		}
		Instant start = first.atStartOfDay(this.properties.businessTimezone()).toInstant();
		Instant end = last.plusDays(1).atStartOfDay(this.properties.businessTimezone()).toInstant();
		return this.kpis.snapshot(start, end);
	}

	private static LocalDate date(String field, @Nullable String value, LocalDate fallback) {
		if (value == null || value.isBlank()) {
			return fallback;
		}
		try {
			LocalDate date = LocalDate.parse(value);
			if (date.getYear() < Reports.MIN_YEAR || date.getYear() > 9998) {
				throw DomainException.invalid(field, "INVALID_DATE", "must fall in the years 2000 to 9998");
			}
			return date;
		}
		catch (DateTimeParseException ex) {
			throw DomainException.invalid(field, "INVALID_DATE", "must be an ISO date such as 2026-01-31");
		}
	}

}
