package app.vitalia.reporting.financial;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.vitalia.platform.CsvExport;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A financial report as CSV: one row per currency's totals, then one per plan, with the
 * headers in the reader's language.
 */
@Component
public class FinancialReportCsv {

	static final List<String> COLUMNS = List.of("currency", "plan", "planName", "revenue", "refunds", "net",
			"succeededTransactions", "failedTransactions", "newSubscriptions", "renewals", "cancellations", "churned",
			"churnRate", "activeSubscribersAtStart", "activeSubscribers", "mrr", "arpu");

	private final MessageSource messages;

	FinancialReportCsv(MessageSource messages) {
		this.messages = messages;
	}

	public void write(FinancialReport report, CsvExport csv, Locale locale) {
		csv.row(COLUMNS.stream().map(c -> this.messages.getMessage("reporting.csv." + c, null, c, locale)).toList());
		String total = this.messages.getMessage("reporting.csv.total", null, "Total", locale);
		for (FinancialReport.CurrencyFigures currency : report.currencies()) {
			csv.row(row(currency.currency(), "", total, currency.totals()));
			for (FinancialReport.PlanFigures plan : currency.plans()) {
				csv.row(row(currency.currency(), plan.code(), plan.name(), plan.figures()));
			}
		}
	}

	private static List<Object> row(String currency, String code, String name, FinancialReport.Figures f) {
		List<Object> cells = new ArrayList<>();
		cells.add(currency);
		cells.add(code);
		cells.add(name);
		cells.add(f.revenue());
		cells.add(f.refunds());
		cells.add(f.net());
		cells.add(f.succeededTransactions());
		cells.add(f.failedTransactions());
		cells.add(f.newSubscriptions());
		cells.add(f.renewals());
		cells.add(f.cancellations());
		cells.add(f.churned());
		cells.add(f.churnRate());
		cells.add(f.activeSubscribersAtStart());
		cells.add(f.activeSubscribers());
		cells.add(f.mrr());
		cells.add(f.arpu());
		return cells;
	}

}
