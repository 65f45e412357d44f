package vn.i4impact.portal.jury.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Locale;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import vn.i4impact.portal.program.AwardInfo;

/**
 * The secretariat's .xlsx of a round: the assignments (one row per dossier × member, with where the sheet stands) and
 * the progress per member. Counts and statuses only, never a score. Header bold and frozen, with a filter.
 */
@Component
public class JuryExport {

	private final Progress progress;

	private final MessageSource messages;

	JuryExport(Progress progress, MessageSource messages) {
		this.progress = progress;
		this.messages = messages;
	}

	public void assignments(long roundId, Map<Long, AwardInfo> awards, Locale locale, OutputStream out) throws IOException {
		Workbook book = new Workbook(out, "Vietnam I4 Impact Awards", "1.0");
		Worksheet sheet = book.newWorksheet(msg("jury.export.assignments", locale));
		int row = header(sheet, locale, "jury.home.col.dossier", "jury.secretariat.col.award", "jury.secretariat.col.juror",
				"jury.home.col.status");
		for (Progress.Line line : progress.dossiers(roundId)) {
			AwardInfo award = awards.get(line.awardId());
			String awardName = award == null ? "" : award.code() + " " + award.name(locale);
			if (line.seats().isEmpty()) {
				cells(sheet, row++, line.referenceCode(), awardName, "", msg("jury.secretariat.noJurors", locale));
			}
			for (Progress.Seat seat : line.seats()) {
				cells(sheet, row++, line.referenceCode(), awardName, seat.name(), msg(seat.status().messageKey(), locale));
			}
		}
		finish(sheet, row, 4);
		book.finish();
	}

	public void progress(long roundId, Locale locale, OutputStream out) throws IOException {
		Workbook book = new Workbook(out, "Vietnam I4 Impact Awards", "1.0");
		Worksheet sheet = book.newWorksheet(msg("jury.export.progress", locale));
		int row = header(sheet, locale, "jury.secretariat.col.juror", "jury.export.email", "jury.secretariat.col.assignments",
				"jury.secretariat.col.declared", "jury.secretariat.col.submitted", "jury.secretariat.col.conflicts");
		for (Progress.ByJuror j : progress.byJuror(roundId)) {
			sheet.inlineString(row, 0, j.name());
			sheet.inlineString(row, 1, j.email());
			sheet.value(row, 2, j.assigned());
			sheet.value(row, 3, j.declared());
			sheet.value(row, 4, j.submitted());
			sheet.value(row, 5, j.conflicts());
			row++;
		}
		finish(sheet, row, 6);
		book.finish();
	}

	private int header(Worksheet sheet, Locale locale, String... keys) {
		for (int c = 0; c < keys.length; c++) {
			sheet.inlineString(0, c, msg(keys[c], locale));
			sheet.style(0, c).bold().set();
			sheet.width(c, c < 1 ? 26 : 22);
		}
		sheet.freezePane(0, 1);
		return 1;
	}

	private static void cells(Worksheet sheet, int row, String... values) {
		for (int c = 0; c < values.length; c++) {
			sheet.inlineString(row, c, values[c]);
		}
	}

	private static void finish(Worksheet sheet, int rows, int columns) throws IOException {
		sheet.setAutoFilter(0, 0, Math.max(rows - 1, 1), columns - 1);
		sheet.finish();
	}

	private String msg(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}


}
