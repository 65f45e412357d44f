package vn.i4impact.portal.review.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.i4impact.portal.nomination.AnswerText;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.shared.PortalTime;

/**
 * The queue's filtered list as a spreadsheet (.xlsx or .csv): the fixed columns, then one column per question of the
 * awards in the list. Rows come from {@link Queue#forEach} as the database cursor yields them and answers are read for
 * {@value #BATCH} dossiers at a time, so ten thousand dossiers are never in memory together. The whole export runs in
 * one read-only REPEATABLE READ transaction: the pass that finds the awards (hence the columns), the rows and the
 * answers all see the same snapshot, and the cursor stays open while the response is being written.
 */
@Component
public class NominationExport {

	/** Dossiers whose answers are read in one query. */
	static final int BATCH = 250;

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmm").withZone(PortalTime.ZONE);

	private static final List<String> FIXED = List.of("reference", "status", "awardCode", "award", "category", "unit",
			"unitType", "province", "nominee", "nomineeType", "title", "consent", "submittedAt", "assignee");

	private static final double[] FIXED_WIDTHS = { 22, 24, 10, 40, 10, 36, 22, 20, 32, 22, 36, 26, 17, 24 };

	/** One question column: its question and its heading. */
	record Column(Question question, String title) {
	}

	private final Queue queue;

	private final JdbcClient jdbc;

	private final ProgramCatalog program;

	private final MessageSource messages;

	private final TransactionTemplate tx;

	private final Clock clock;

	NominationExport(Queue queue, JdbcClient jdbc, ProgramCatalog program, MessageSource messages,
			PlatformTransactionManager transactions, Clock clock) {
		this.queue = queue;
		this.jdbc = jdbc;
		this.program = program;
		this.messages = messages;
		this.clock = clock;
		this.tx = new TransactionTemplate(transactions);
		tx.setReadOnly(true);
		tx.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
	}

	/** e.g. {@code ho-so-2026-20261122-1530.xlsx}: the edition's year and the moment, in Vietnam time. */
	public String fileName(QueueFilter filter, String extension) {
		Integer year = queue.edition(filter)
			.flatMap(id -> jdbc.sql("select year from edition where id = ?").param(id).query(Integer.class).optional())
			.orElse(null);
		return "ho-so-" + (year == null ? "" : year + "-") + STAMP.format(clock.instant()) + "." + extension;
	}

	/** @return the number of dossiers written */
	public long xlsx(QueueFilter filter, long userId, Locale locale, OutputStream out) {
		return write(filter, userId, locale, columns -> {
			double[] widths = new double[FIXED.size() + columns.size()];
			System.arraycopy(FIXED_WIDTHS, 0, widths, 0, FIXED_WIDTHS.length);
			for (int i = FIXED.size(); i < widths.length; i++) {
				widths[i] = 30;
			}
			return new XlsxSheet(out, message("export.sheet", locale), widths);
		});
	}

	/** @return the number of dossiers written */
	public long csv(QueueFilter filter, long userId, Locale locale, OutputStream out) {
		return write(filter, userId, locale, columns -> new CsvSheet(out));
	}

	private interface SheetFactory {

		Sheet open(List<Column> columns);

	}

	private long write(QueueFilter filter, long userId, Locale locale, SheetFactory factory) {
		Long rows = tx.execute(status -> {
			try {
				List<Column> columns = columns(filter, userId, locale);
				Sheet sheet = factory.open(columns);
				List<String> titles = new ArrayList<>();
				FIXED.forEach(f -> titles.add(message("export.col." + f, locale)));
				columns.forEach(c -> titles.add(c.title()));
				sheet.header(titles);
				Writer writer = new Writer(sheet, columns, locale);
				queue.forEach(filter, userId, writer::add);
				writer.drain();
				sheet.finish();
				return writer.count;
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		});
		return rows == null ? 0 : rows;
	}

	/**
	 * The question columns: one award named by the filter gives its form as it is; otherwise the union over the
	 * awards in the list (one pass over the same rows), common questions once, then each award's own, in award order,
	 * headed "code – label".
	 */
	List<Column> columns(QueueFilter filter, long userId, Locale locale) {
		List<Column> columns = new ArrayList<>();
		if (filter.award() != null) {
			if (program.award(filter.award()).isEmpty()) {
				// a hand-edited URL naming no award: the list is empty, and so are the question columns
				return columns;
			}
			for (Question q : program.questions(filter.award())) {
				columns.add(new Column(q, title(q, locale)));
			}
			return columns;
		}
		Map<String, Long> awards = new TreeMap<>(NominationExport::compareCodes);
		queue.forEach(filter, userId, row -> awards.putIfAbsent(row.awardCode(), row.awardId()));
		Map<Long, Column> common = new LinkedHashMap<>();
		List<Column> own = new ArrayList<>();
		awards.forEach((code, awardId) -> {
			for (Question q : program.questions(awardId)) {
				if (q.isCommon()) {
					common.putIfAbsent(q.id(), new Column(q, title(q, locale)));
				}
				else {
					own.add(new Column(q, code + " – " + title(q, locale)));
				}
			}
		});
		columns.addAll(common.values());
		columns.addAll(own);
		return columns;
	}

	/** A number's unit goes into the heading, since the cell holds only the number. */
	private static String title(Question q, Locale locale) {
		String unit = q.kind().hasUnit() ? q.unit(locale) : null;
		return unit == null || unit.isBlank() ? q.label(locale) : q.label(locale) + " (" + unit + ")";
	}

	/** "1.2" before "1.10": award codes compared number by number. */
	static int compareCodes(String a, String b) {
		String[] x = a.split("\\.");
		String[] y = b.split("\\.");
		for (int i = 0; i < Math.min(x.length, y.length); i++) {
			int c;
			try {
				c = Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]));
			}
			catch (NumberFormatException ex) {
				c = x[i].compareTo(y[i]);
			}
			if (c != 0) {
				return c;
			}
		}
		return Comparator.<Integer>naturalOrder().compare(x.length, y.length);
	}

	private String message(String key, Locale locale) {
		return messages.getMessage(key, null, key, locale);
	}

	/** Collects rows from the cursor and writes them a batch at a time, with that batch's answers. */
	private final class Writer {

		private final Sheet sheet;

		private final List<Column> columns;

		private final Locale locale;

		private final boolean files;

		private final Map<String, String> words = new HashMap<>();

		private final List<Queue.Row> batch = new ArrayList<>(BATCH);

		long count;

		Writer(Sheet sheet, List<Column> columns, Locale locale) {
			this.sheet = sheet;
			this.columns = columns;
			this.locale = locale;
			this.files = columns.stream().anyMatch(c -> c.question().kind().isFile());
		}

		void add(Queue.Row row) {
			batch.add(row);
			if (batch.size() == BATCH) {
				drain();
			}
		}

		void drain() {
			if (batch.isEmpty()) {
				return;
			}
			List<Long> ids = batch.stream().map(Queue.Row::id).toList();
			Map<Long, Map<Long, String>> answers = new HashMap<>();
			if (!columns.isEmpty()) {
				jdbc.sql("select nomination_id, question_id, value from nomination_answer where nomination_id in (:ids)")
					.param("ids", ids)
					.query(rs -> {
						answers.computeIfAbsent(rs.getLong(1), k -> new HashMap<>()).put(rs.getLong(2), rs.getString(3));
					});
			}
			Map<Long, Map<Long, String>> fileNames = new HashMap<>();
			if (files) {
				jdbc.sql("""
						select nomination_id, question_id, display_name from nomination_attachment
						where nomination_id in (:ids) and question_id is not null order by uploaded_at, id""")
					.param("ids", ids)
					.query(rs -> {
						fileNames.computeIfAbsent(rs.getLong(1), k -> new HashMap<>())
							.merge(rs.getLong(2), rs.getString(3), (a, b) -> a + "; " + b);
					});
			}
			try {
				for (Queue.Row row : batch) {
					sheet.row(cells(row, answers.getOrDefault(row.id(), Map.of()),
							fileNames.getOrDefault(row.id(), Map.of())));
					count++;
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
			batch.clear();
		}

		private List<Object> cells(Queue.Row r, Map<Long, String> answers, Map<Long, String> fileNames) {
			List<Object> cells = new ArrayList<>(FIXED.size() + columns.size());
			cells.add(r.referenceCode());
			cells.add(word(r.status().messageKey()));
			cells.add(r.awardCode());
			cells.add(r.award(locale));
			cells.add(r.categoryCode());
			cells.add(r.unitName());
			cells.add(word(r.unitType().messageKey()));
			cells.add(r.province(locale));
			cells.add(r.nomineeName());
			cells.add(word(r.nomineeType().messageKey()));
			cells.add(r.title());
			cells.add(word(r.consent().messageKey()));
			cells.add(local(r.submittedAt()));
			cells.add(r.assigneeName());
			for (Column c : columns) {
				Question q = c.question();
				cells.add(q.kind().isFile() ? fileNames.get(q.id()) : answer(q, answers.get(q.id())));
			}
			return cells;
		}

		private Object answer(Question q, String raw) {
			if (raw == null || raw.isBlank()) {
				return null;
			}
			Object typed = switch (q.kind()) {
				case INTEGER -> Cells.integer(raw);
				case DECIMAL -> Cells.decimal(raw);
				case DATE -> Cells.date(raw);
				case YES_NO, SINGLE_CHOICE -> AnswerText.format(q, raw, locale, messages);
				default -> raw;
			};
			// what does not parse (a draft's leftovers, say) is shown as typed rather than lost
			return typed == null ? raw : typed;
		}

		private String word(String key) {
			return words.computeIfAbsent(key, k -> message(k, locale));
		}

	}

	private static LocalDateTime local(Instant instant) {
		return instant == null ? null : LocalDateTime.ofInstant(instant, PortalTime.ZONE);
	}

}
