package vn.i4impact.portal.review.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * An .xlsx written as a stream with fastexcel: rows are flushed to the output every {@value #FLUSH_EVERY} rows and
 * forgotten, and text is written as inline strings (a shared-strings table would keep every distinct answer in memory
 * until the end). Header bold and frozen, with an auto filter; dates are real dates, numbers real numbers.
 */
final class XlsxSheet implements Sheet {

	static final int FLUSH_EVERY = 100;

	static final String DATE_TIME = "dd/mm/yyyy hh:mm";

	static final String DATE = "dd/mm/yyyy";

	private final Workbook workbook;

	private final Worksheet sheet;

	private final double[] widths;

	private int row;

	private int columns;

	XlsxSheet(OutputStream out, String sheetName, double[] widths) {
		this.workbook = new Workbook(out, "Vietnam I4 Impact Awards", "1.0");
		this.sheet = workbook.newWorksheet(sheetName);
		this.widths = widths;
	}

	@Override
	public void header(List<String> titles) throws IOException {
		columns = titles.size();
		for (int c = 0; c < columns; c++) {
			sheet.inlineString(0, c, Cells.text(titles.get(c)));
			sheet.style(0, c).bold().wrapText(true).verticalAlignment("top").set();
			sheet.width(c, c < widths.length ? widths[c] : 30);
		}
		// views and column widths precede the rows in the file: set before the first flush
		sheet.freezePane(0, 1);
		row = 1;
	}

	@Override
	public void row(List<Object> cells) throws IOException {
		for (int c = 0; c < cells.size(); c++) {
			Object v = cells.get(c);
			if (v == null) {
				continue;
			}
			if (v instanceof LocalDateTime t) {
				sheet.value(row, c, t);
				sheet.style(row, c).format(DATE_TIME).set();
			}
			else if (v instanceof LocalDate d) {
				sheet.value(row, c, d);
				sheet.style(row, c).format(DATE).set();
			}
			else if (v instanceof BigDecimal d) {
				sheet.value(row, c, d.doubleValue());
			}
			else if (v instanceof Number n) {
				sheet.value(row, c, n);
			}
			else {
				String text = Cells.text(v.toString());
				if (!text.isEmpty()) {
					sheet.inlineString(row, c, text);
				}
			}
		}
		row++;
		if (row % FLUSH_EVERY == 0) {
			sheet.flush();
		}
	}

	@Override
	public void finish() throws IOException {
		if (columns > 0) {
			sheet.setAutoFilter(0, 0, Math.max(row - 1, 1), columns - 1);
		}
		sheet.finish();
		workbook.finish();
	}

}
