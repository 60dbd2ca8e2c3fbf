package app.vitalia.platform;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Every CSV download the application writes: RFC 4180 (Apache Commons CSV: fields quoted
 * when they hold the separator, a quote or a line break, quotes doubled, CRLF records),
 * comma or semicolon separated (what Spanish Excel expects), optionally behind a UTF-8
 * BOM, and safe to open in a spreadsheet: a text cell that begins with {@code =},
 * {@code +}, {@code -}, {@code @}, a tab or a carriage return gets a leading apostrophe
 * (OWASP's CSV-injection advice), so it shows as text instead of running as a formula.
 * Plain numbers ({@code -12.50}) are left alone. Rows go straight to the output: nothing
 * is collected in memory.
 */
public final class CsvExport implements AutoCloseable {

	/** The media type of every CSV download. */
	public static final MediaType TEXT_CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	private static final Pattern NUMBER = Pattern.compile("-?[0-9]+(\\.[0-9]+)?");

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CsvExport.class);

	private static final String FORMULA_START = "=+-@\t\r";

	/**
	 * How the client wants the file: {@code separator=comma|semicolon} and
	 * {@code bom=true|false}.
	 */
	public record Options(char separator, boolean bom) {

		public static final Options DEFAULT = new Options(',', false);

		/**
		 * The options the request parameters ask for.
		 * @throws DomainException 400 {@code INVALID_SEPARATOR} on anything but
		 * {@code comma} or {@code semicolon}
		 */
		public static Options of(@Nullable String separator, @Nullable Boolean bom) {
			char chosen = ',';
			if (separator != null && !separator.isBlank()) {
				chosen = switch (separator.strip()) {
					case "comma", "," -> ',';
					case "semicolon", ";" -> ';';
					default ->
						throw DomainException.invalid("separator", "INVALID_SEPARATOR", "must be comma or semicolon");
				};
			}
			return new Options(chosen, Boolean.TRUE.equals(bom));
		}

	}

	private static final int BUFFER_CHARS = 1 << 16;

	private final CSVPrinter printer;

	private final List<String> row = new ArrayList<>();

	private CsvExport(Writer out, Options options) throws IOException {
		if (options.bom()) {
			out.write('\uFEFF');
		}
		this.printer = CSVFormat.RFC4180.builder()
			.setDelimiter(options.separator())
			.setRecordSeparator("\r\n")
			.setQuoteMode(QuoteMode.MINIMAL)
			.get()
			.print(out);
	}

	/**
	 * A CSV writer on {@code out} (UTF-8); closing it flushes but leaves the stream open.
	 */
	public static CsvExport to(OutputStream out, Options options) {
		try {
			// the printer writes a cell at a time; the encoder and the socket get 64 KiB
			return new CsvExport(
					new BufferedWriter(new OutputStreamWriter(nonClosing(out), StandardCharsets.UTF_8), BUFFER_CHARS),
					options);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A CSV writer on {@code out}, for writers the caller owns. */
	public static CsvExport to(Writer out, Options options) {
		try {
			return new CsvExport(out, options);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Streams a {@code text/csv} attachment named {@code filename} on the request's own
	 * thread: {@code body} writes the rows while the response goes out, so a client that
	 * disconnects makes the next write fail and ends the query behind it. Check the
	 * request before calling: once rows are written the status is sent.
	 */
	public static void attachment(HttpServletResponse response, String filename, Options options, Body body)
			throws IOException {
		response.setStatus(200);
		response.setContentType(TEXT_CSV.toString());
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		try (CsvExport csv = to(response.getOutputStream(), options)) {
			body.write(csv);
		}
		catch (IOException | UncheckedIOException gone) {
			// the client disconnected: the query behind the rows has ended, nothing to
			// answer
			log.debug("CSV download {} ended early: {}", filename, gone.getMessage());
		}
	}

	/** Writes the rows of one download. */
	@FunctionalInterface
	public interface Body {

		void write(CsvExport csv) throws IOException;

	}

	/**
	 * Writes one record: {@code null} is an empty cell, numbers and dates are written as
	 * they print, text is neutralised.
	 */
	public CsvExport row(@Nullable Object... cells) {
		this.row.clear();
		for (Object cell : cells) {
			this.row.add(cell(cell));
		}
		try {
			this.printer.printRecord(this.row);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return this;
	}

	/** Writes one record from a list of cells. */
	public CsvExport row(List<?> cells) {
		return row(cells.toArray());
	}

	/** The text a cell is written with, before RFC 4180 quoting. */
	public static String cell(@Nullable Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof java.math.BigDecimal decimal) {
			return decimal.toPlainString();
		}
		if (value instanceof Number || value instanceof Instant || value instanceof LocalDate
				|| value instanceof Boolean) {
			return String.valueOf(value);
		}
		return neutralise(value.toString());
	}

	/**
	 * {@code text} with a leading apostrophe when it would start a formula in a
	 * spreadsheet; plain numbers are kept.
	 */
	public static String neutralise(String text) {
		if (text.isEmpty() || FORMULA_START.indexOf(text.charAt(0)) < 0 || NUMBER.matcher(text).matches()) {
			return text;
		}
		return "'" + text;
	}

	public void flush() {
		try {
			this.printer.flush();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		flush();
	}

	private static OutputStream nonClosing(OutputStream out) {
		return new java.io.FilterOutputStream(out) {
			@Override
			public void write(byte[] b, int off, int len) throws IOException {
				this.out.write(b, off, len);
			}

			@Override
			public void close() throws IOException {
				flush();
			}
		};
	}

}
