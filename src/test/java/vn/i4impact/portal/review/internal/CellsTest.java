package vn.i4impact.portal.review.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

/** What one exported cell holds, whatever a draft left in the database. */
class CellsTest {

	/** As the export does it: the typed value when it reads as a number, else the text as typed. */
	private static Object decimalCell(String raw) {
		BigDecimal d = Cells.decimal(raw);
		return d == null ? raw : d;
	}

	private static List<Cell> xlsxRow(List<Object> cells) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		XlsxSheet sheet = new XlsxSheet(out, "Test", new double[0]);
		List<String> titles = new ArrayList<>();
		cells.forEach(c -> titles.add("c"));
		sheet.header(titles);
		sheet.row(cells);
		sheet.finish();
		try (var wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			List<Cell> row = new ArrayList<>();
			wb.getSheetAt(0).getRow(1).forEach(row::add);
			return row;
		}
	}

	@Test
	void plainNumbersBecomeNumbers() {
		assertThat(Cells.decimal("1,5")).isEqualByComparingTo("1.5");
		assertThat(Cells.decimal(" 1 000,25 ")).isEqualByComparingTo("1000.25");
		assertThat(Cells.integer("12 000")).isEqualTo(12000L);
	}

	@Test
	void aMalformedStoredNumberNeverThrowsAndIsWrittenAsTyped() throws Exception {
		String[] malformed = { "1e999999999", "1e400", "NaN", "Infinity", "1,1234567", "1234567890123456", "khoảng 5",
				"١٢" };
		Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
			for (String raw : malformed) {
				assertThat(Cells.decimal(raw)).as(raw).isNull();
				assertThat(Cells.integer(raw)).as(raw).isNull();
				assertThat(CsvSheet.field(decimalCell(raw))).as(raw).isEqualTo(raw.contains(",") ? '"' + raw + '"' : raw);
			}
		});
		List<Object> cells = new ArrayList<>();
		for (String raw : malformed) {
			cells.add(decimalCell(raw));
		}
		cells.add(decimalCell("2,5"));
		List<Cell> row = xlsxRow(cells);
		for (int i = 0; i < malformed.length; i++) {
			assertThat(row.get(i).getCellType()).as(malformed[i]).isEqualTo(CellType.STRING);
			assertThat(row.get(i).getStringCellValue()).isEqualTo(malformed[i]);
		}
		assertThat(row.get(malformed.length).getNumericCellValue()).isEqualTo(2.5);
	}

	@Test
	void onlyTheCsvPrefixesTextThatASpreadsheetWouldRun() throws Exception {
		String[] formulas = { "=1+1", "+84 912 345 678", "-5% so với 2024", "@SUM(A1)", "=HYPERLINK(\"http://x\",\"bấm\")" };
		for (String f : formulas) {
			assertThat(Cells.text(f)).as(f).isEqualTo(f);
			assertThat(Cells.csvText(f)).as(f).isEqualTo("'" + f);
		}
		assertThat(Cells.csvText("Hải Phòng")).isEqualTo("Hải Phòng");
		assertThat(CsvSheet.field("=1+1")).isEqualTo("'=1+1");
		List<Cell> row = xlsxRow(List.<Object>of((Object[]) formulas));
		for (int i = 0; i < formulas.length; i++) {
			assertThat(row.get(i).getCellType()).isEqualTo(CellType.STRING);
			assertThat(row.get(i).getStringCellValue()).isEqualTo(formulas[i]);
		}
	}

}
