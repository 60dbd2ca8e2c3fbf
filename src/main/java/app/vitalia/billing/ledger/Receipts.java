package app.vitalia.billing.ledger;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.FontFactory;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A payment's PDF receipt (OpenPDF), in the member's language: invoice number, date, who
 * paid, the plan, the amount and anything refunded.
 */
@Component
public class Receipts {

	private final MessageSource messages;

	Receipts(MessageSource messages) {
		this.messages = messages;
	}

	/** Who the receipt is for and what was bought. */
	public record Recipient(String name, String email, String planName, Locale locale) {
	}

	public byte[] pdf(Payment payment, Recipient recipient) {
		Locale locale = recipient.locale();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 56, 56, 56, 56);
		PdfWriter.getInstance(document, out);
		document.addTitle(text("title", locale) + " " + payment.invoiceNumber());
		document.addCreator("Vitalia");
		document.open();
		Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 20, new Color(0x0f, 0x76, 0x6e));
		Font label = FontFactory.getFont(FontFactory.HELVETICA, 10, Color.GRAY);
		Font value = FontFactory.getFont(FontFactory.HELVETICA, 11, Color.BLACK);
		Font total = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 14, Color.BLACK);
		document.add(new Paragraph("Vitalia", title));
		document.add(new Paragraph(text("title", locale) + " " + payment.invoiceNumber(), total));
		document.add(new Paragraph(" "));
		PdfPTable table = new PdfPTable(new float[] { 1, 2 });
		table.setWidthPercentage(100);
		row(table, text("date", locale),
				DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
					.withLocale(locale)
					.withZone(ZoneOffset.UTC)
					.format(payment.createdAt()) + " UTC",
				label, value);
		row(table, text("billedTo", locale), recipient.name() + "\n" + recipient.email(), label, value);
		row(table, text("plan", locale), recipient.planName() + " (" + text("kind." + payment.kind(), locale) + ")",
				label, value);
		row(table, text("transaction", locale), payment.externalId(), label, value);
		row(table, text("amount", locale), payment.amount().toString(), label, total);
		if (payment.refunded().isPositive()) {
			row(table, text("refunded", locale), "-" + payment.refunded(), label, value);
			row(table, text("net", locale), payment.amount().minus(payment.refunded()).toString(), label, total);
		}
		document.add(table);
		document.add(new Paragraph(" "));
		Paragraph thanks = new Paragraph(text("thanks", locale), label);
		thanks.setAlignment(Element.ALIGN_CENTER);
		document.add(thanks);
		document.close();
		return out.toByteArray();
	}

	private static void row(PdfPTable table, String name, String content, Font label, Font value) {
		PdfPCell left = new PdfPCell(new Phrase(name, label));
		PdfPCell right = new PdfPCell(new Phrase(content, value));
		for (PdfPCell cell : new PdfPCell[] { left, right }) {
			cell.setBorderColor(new Color(0xe5, 0xe7, 0xeb));
			cell.setPadding(8);
			table.addCell(cell);
		}
	}

	private String text(String key, Locale locale) {
		return this.messages.getMessage("billing.receipt." + key, null, locale);
	}

}
