package app.vitalia.reporting;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import app.vitalia.platform.CsvExport;
import app.vitalia.platform.DomainException;
import app.vitalia.platform.PageNumber;
import app.vitalia.platform.PageSize;
import app.vitalia.reporting.financial.FinancialReport;
import app.vitalia.reporting.financial.FinancialReportCsv;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Admin reports: queue one (202 with its id), follow it, list them, download the result.
 */
@RestController
@RequestMapping("/api/admin/reports")
@Tag(name = "Reports (admin)", description = "Monthly financial reports computed in the background")
class ReportController {

	record ReportRequest(@Nullable @Size(max = 40) String type, @Nullable Integer year, @Nullable Integer month) {
	}

	private final Reports reports;

	private final FinancialReportCsv csv;

	ReportController(Reports reports, FinancialReportCsv csv) {
		this.reports = reports;
		this.csv = csv;
	}

	@Operation(summary = "Queue a report (the same parameters while one is queued or running answer that one)")
	@PostMapping
	ResponseEntity<Report> request(@Valid @RequestBody(required = false) @Nullable ReportRequest request) {
		Report report = request != null ? this.reports.request(request.type(), request.year(), request.month())
				: this.reports.request(null, null, null);
		return ResponseEntity.accepted().location(URI.create("/api/admin/reports/" + report.id())).body(report);
	}

	@Operation(summary = "A report: status, progress and, once done, its result")
	@GetMapping("/{id}")
	Report report(@PathVariable UUID id) {
		return this.reports.find(id).orElseThrow(() -> DomainException.notFound("The report"));
	}

	@Operation(summary = "Past and current reports, newest first")
	@GetMapping
	Reports.ReportPage list(@RequestParam(required = false) @Size(max = 40) String type,
			@RequestParam(defaultValue = "0") @PageNumber int page,
			@RequestParam(defaultValue = "20") @PageSize int size) {
		if (type != null && !type.isBlank() && !Reports.FINANCIAL_MONTHLY.equals(type)) {
			throw DomainException.invalid("type", "INVALID_REPORT_TYPE", "must be " + Reports.FINANCIAL_MONTHLY);
		}
		return this.reports.list(type == null || type.isBlank() ? null : type, page, size);
	}

	@Operation(summary = "Download a finished report as CSV or JSON")
	@GetMapping("/{id}/download")
	@Nullable ResponseEntity<FinancialReport> download(@PathVariable UUID id,
			@RequestParam(defaultValue = "csv") @Size(max = 10) String format,
			@RequestParam(required = false) @Size(max = 20) String separator,
			@RequestParam(required = false) Boolean bom, Locale locale, HttpServletResponse response)
			throws IOException {
		if (!format.equals("csv") && !format.equals("json")) {
			throw DomainException.invalid("format", "INVALID_FORMAT", "must be csv or json");
		}
		CsvExport.Options options = CsvExport.Options.of(separator, bom);
		FinancialReport result = this.reports.financialResult(id);
		String name = "financial-report-%d-%02d".formatted(result.year(), result.month());
		if (format.equals("json")) {
			return ResponseEntity.ok()
				.contentType(MediaType.APPLICATION_JSON)
				.header(HttpHeaders.CONTENT_DISPOSITION,
						ContentDisposition.attachment()
							.filename(name + ".json", StandardCharsets.UTF_8)
							.build()
							.toString())
				.body(result);
		}
		CsvExport.attachment(response, name + ".csv", options, out -> this.csv.write(result, out, locale));
		return null;
	}

}
