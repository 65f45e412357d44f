package vn.i4impact.portal.review.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;

import vn.i4impact.portal.shared.PortalTime;

/**
 * RFC 4180 CSV: comma-separated, CRLF, fields quoted when they hold a comma, quote or line break, quotes doubled.
 * UTF-8 with a byte-order mark, which is how Excel knows the file is UTF-8 (without it Vietnamese comes out garbled).
 */
final class CsvSheet implements Sheet {

	static final DateTimeFormatter DATE_TIME = PortalTime.DATE_TIME;

	static final DateTimeFormatter DATE = PortalTime.DATE;

	private final Writer out;

	CsvSheet(OutputStream out) {
		this.out = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
	}

	@Override
	public void header(List<String> titles) throws IOException {
		out.write('\uFEFF');
		line(List.copyOf(titles));
	}

	@Override
	public void row(List<Object> cells) throws IOException {
		line(cells);
	}

	private void line(List<?> cells) throws IOException {
		for (int c = 0; c < cells.size(); c++) {
			if (c > 0) {
				out.write(',');
			}
			out.write(field(cells.get(c)));
		}
		out.write("\r\n");
	}

	static String field(Object v) {
		if (v == null) {
			return "";
		}
		if (v instanceof LocalDateTime t) {
			return DATE_TIME.format(t);
		}
		if (v instanceof LocalDate d) {
			return DATE.format(d);
		}
		if (v instanceof BigDecimal d) {
			return d.toPlainString();
		}
		if (v instanceof Number n) {
			return n.toString();
		}
		String text = Cells.csvText(v.toString());
		boolean quote = false;
		for (int i = 0; i < text.length() && !quote; i++) {
			char ch = text.charAt(i);
			quote = ch == ',' || ch == '"' || ch == '\n' || ch == '\r';
		}
		return quote ? '"' + text.replace("\"", "\"\"") + '"' : text;
	}

	@Override
	public void finish() throws IOException {
		out.flush();
	}

}
