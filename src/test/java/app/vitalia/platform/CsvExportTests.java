package app.vitalia.platform;

import java.io.StringWriter;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * RFC 4180 quoting and OWASP formula neutralising of every CSV the application writes.
 */
class CsvExportTests {

	@Test
	void quotesWhatMustBeQuotedAndNeutralisesFormulaStarts() {
		StringWriter out = new StringWriter();
		try (CsvExport csv = CsvExport.to(out, CsvExport.Options.DEFAULT)) {
			csv.row("plain", "with,comma", "with \"quote\"", "two\nlines", null, new BigDecimal("1E+3"), -12.5);
			csv.row("=1+2", "+34 600", "-A1", "@SUM(A1)", "\tTAB", "\rCR", "-12.50");
		}
		assertThat(out.toString())
			.isEqualTo("plain,\"with,comma\",\"with \"\"quote\"\"\",\"two\nlines\",,1000,-12.5\r\n"
					+ "'=1+2,'+34 600,'-A1,'@SUM(A1),'\tTAB,\"'\rCR\",-12.50\r\n");
	}

	@Test
	void semicolonsAndABomOnRequest() {
		StringWriter out = new StringWriter();
		try (CsvExport csv = CsvExport.to(out, CsvExport.Options.of("semicolon", true))) {
			csv.row("a;b", "c,d");
		}
		assertThat(out.toString()).isEqualTo("\uFEFF\"a;b\";c,d\r\n");
		assertThat(CsvExport.Options.of(null, null)).isEqualTo(CsvExport.Options.DEFAULT);
		assertThatThrownBy(() -> CsvExport.Options.of("tab", null)).isInstanceOf(DomainException.class);
	}

}
