package vn.i4impact.portal.jury.internal.standing;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * The exported tables of a round, written as CSV (UTF-8 with a byte-order mark so spreadsheets read the diacritics,
 * comma-separated, numbers with a point) or as one .xlsx with a sheet per table (fastexcel, as the other exports).
 * Numbers are real numbers at full precision, so a spreadsheet recomputes exactly what the portal did.
 */
public final class ExportTables {

	/** A table: its sheet/file name, the column titles, and rows of String, Number or null cells. */
	public record Table(String name, List<String> header, List<List<Object>> rows) {
	}

	private ExportTables() {
	}

	public static void csv(Table table, OutputStream out) throws IOException {
		Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
		w.write('\uFEFF');
		line(w, table.header().stream().map(h -> (Object) h).toList());
		for (List<Object> row : table.rows()) {
			line(w, row);
		}
		w.flush();
	}

	public static void xlsx(List<Table> tables, OutputStream out) throws IOException {
		Workbook book = new Workbook(out, "Vietnam I4 Impact Awards", "1.0");
		for (Table table : tables) {
			Worksheet sheet = book.newWorksheet(table.name());
			List<String> header = table.header();
			for (int c = 0; c < header.size(); c++) {
				sheet.inlineString(0, c, header.get(c));
				sheet.style(0, c).bold().set();
				sheet.width(c, 18);
			}
			sheet.freezePane(0, 1);
			int r = 1;
			for (List<Object> row : table.rows()) {
				for (int c = 0; c < row.size(); c++) {
					Object v = row.get(c);
					if (v instanceof Double d && d.isNaN()) {
						continue;
					}
					if (v instanceof Number n) {
						sheet.value(r, c, n);
					}
					else if (v != null) {
						sheet.inlineString(r, c, v.toString());
					}
				}
				r++;
			}
			if (!header.isEmpty()) {
				sheet.setAutoFilter(0, 0, Math.max(r - 1, 1), header.size() - 1);
			}
			sheet.finish();
		}
		book.finish();
	}

	private static void line(Writer w, List<Object> cells) throws IOException {
		for (int c = 0; c < cells.size(); c++) {
			if (c > 0) {
				w.write(',');
			}
			w.write(field(cells.get(c)));
		}
		w.write("\r\n");
	}

	/** A CSV field; text that a spreadsheet would run as a formula gets a leading apostrophe (CSV injection). */
	static String field(Object value) {
		if (value == null) {
			return "";
		}
		if (value instanceof Double d) {
			return d.isNaN() ? "" : Double.toString(d);
		}
		if (value instanceof Number n) {
			return n.toString();
		}
		String text = value.toString();
		if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
			text = "'" + text;
		}
		boolean quote = text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0
				|| text.indexOf('\r') >= 0 || text.startsWith("'");
		return quote ? "\"" + text.replace("\"", "\"\"") + "\"" : text;
	}
}
