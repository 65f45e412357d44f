package vn.i4impact.portal.jury.internal.standing;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.jury.internal.ranking.Method;
import vn.i4impact.portal.jury.internal.ranking.RankedEntry;
import vn.i4impact.portal.jury.internal.ranking.Ranking;
import vn.i4impact.portal.jury.internal.ranking.Sheet;
import vn.i4impact.portal.jury.internal.ranking.Seal;
import vn.i4impact.portal.shared.web.Dates;

/**
 * The exports of a round: the member × dossier × criterion matrix (each score with its points, the sheet's raw and
 * normalised total), the ranking (the four methods, ranks, spread, flags) and the conflict log, as CSV files and one
 * .xlsx, zipped with a README that states the formulas. Members by name, or by code ({@link RoundData}) on request.
 */
@Component
@Transactional(readOnly = true)
public class RankingExport {

	private final RoundData data;

	private final JdbcClient jdbc;

	private final MessageSource messages;

	private final Dates dates;

	RankingExport(RoundData data, JdbcClient jdbc, MessageSource messages, Dates dates) {
		this.data = data;
		this.jdbc = jdbc;
		this.messages = messages;
		this.dates = dates;
	}

	/** The three tables, in this order: ranking, matrix, conflicts. */
	public List<ExportTables.Table> tables(long roundId, boolean codes, Locale locale) {
		RoundData.Loaded round = data.load(roundId);
		return List.of(ranking(round, locale), matrix(round, codes, locale), conflicts(round, codes, locale));
	}

	/** The zip: README.txt, ranking.csv, matrix.csv, conflicts.csv and ranking.xlsx. */
	public void zip(long roundId, boolean codes, Locale locale, OutputStream out) throws IOException {
		List<ExportTables.Table> tables = tables(roundId, codes, locale);
		ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
		zip.putNextEntry(new ZipEntry("README.txt"));
		zip.write(readme(roundId, locale).getBytes(StandardCharsets.UTF_8));
		zip.closeEntry();
		String[] files = { "ranking.csv", "matrix.csv", "conflicts.csv" };
		for (int i = 0; i < files.length; i++) {
			zip.putNextEntry(new ZipEntry(files[i]));
			ExportTables.csv(tables.get(i), zip);
			zip.closeEntry();
		}
		zip.putNextEntry(new ZipEntry("ranking.xlsx"));
		ExportTables.xlsx(tables, new NonClosing(zip));
		zip.closeEntry();
		zip.finish();
	}

	/** The README: the round's rules and every formula, in the reader's language. */
	public String readme(long roundId, Locale locale) {
		RankingRules rules = data.load(roundId).rules();
		return msg("export.readme", locale, msg("ranking.method." + rules.official().name(), locale),
				rules.tieBreak().isEmpty() ? "-" : rules.tieBreak(), rules.disagreementThreshold(), Seal.HEADER);
	}

	private ExportTables.Table ranking(RoundData.Loaded round, Locale locale) {
		RankingRules rules = round.rules();
		List<List<Object>> rows = new ArrayList<>();
		for (long award : RobustnessReport.awards(round)) {
			Ranking ranking = Ranking.of(round.aggregation(), award, rules.official(),
					rules.tieBreak(round.tieCriterion(award), round.votes()));
			for (RankedEntry e : ranking.entries()) {
				List<Object> row = new ArrayList<>(List.of(award, round.line(e.dossier()).referenceCode(),
						nz(round.units().get(e.dossier())), e.ranked() ? e.rank() : "-"));
				for (Method m : Method.values()) {
					row.add(e.score().score(m));
				}
				for (Method m : Method.values()) {
					Integer rank = e.ranks().get(m);
					row.add(rank == null ? "-" : rank);
				}
				row.addAll(List.of(e.score().sheets(), e.score().requiredSheets(), e.score().min(), e.score().max(),
						e.score().sd(), e.tieStep(), e.flags().stream().map(Enum::name).collect(Collectors.joining(" "))));
				rows.add(row);
			}
		}
		List<String> header = new ArrayList<>(List.of("award_id", "reference", msg("ranking.col.unit", locale), "rank"));
		for (Method m : Method.values()) {
			header.add(m.name().toLowerCase(Locale.ROOT));
		}
		for (Method m : Method.values()) {
			header.add("rank_" + m.name().toLowerCase(Locale.ROOT));
		}
		header.addAll(List.of("sheets", "required", "min_total", "max_total", "sd_total", "tie_step", "flags"));
		return new ExportTables.Table(msg("export.sheet.ranking", locale), header, rows);
	}

	private ExportTables.Table matrix(RoundData.Loaded round, boolean codes, Locale locale) {
		Map<Long, String> criterionCodes = new HashMap<>();
		jdbc.sql("select id, code from jury_criterion where round_id = ?").param(round.roundId())
			.query(rs -> {
				criterionCodes.put(rs.getLong(1), rs.getString(2));
			});
		Map<List<Long>, Sheet> sheets = new HashMap<>();
		round.aggregation().sheets().forEach(s -> sheets.put(List.of(s.dossier(), s.juror()), s));
		List<List<Object>> rows = new ArrayList<>();
		for (SealCheck.Row r : round.rows()) {
			Sheet sheet = sheets.get(List.of(r.dossier(), r.juror()));
			rows.add(List.of(r.award(), round.line(r.dossier()).referenceCode(), member(round, r.juror(), codes),
					criterionCodes.getOrDefault(r.criterion(), "" + r.criterion()), r.weight(), r.scaleMax(), r.score(),
					(double) r.weight() * r.score() / r.scaleMax(), sheet.total(),
					round.aggregation().normalisedTotal(sheet)));
		}
		return new ExportTables.Table(msg("export.sheet.matrix", locale), List.of("award_id", "reference",
				codes ? "member_code" : "member", "criterion", "weight", "scale_max", "score", "points", "sheet_total",
				"sheet_total_normalised"), rows);
	}

	private ExportTables.Table conflicts(RoundData.Loaded round, boolean codes, Locale locale) {
		List<List<Object>> rows = jdbc.sql("""
				select k.nomination_id, coalesce(e.reference_code, ''), k.juror_id, k.source, k.reason_key, k.at,
				       k.overridden_at, k.override_reason, u.full_name
				from jury_conflict k join app_user u on u.id = k.juror_id
				left join jury_round_entry e on e.round_id = k.round_id and e.nomination_id = k.nomination_id
				where k.round_id = ? order by k.at, k.id""").param(round.roundId())
			.query((rs, i) -> {
				long juror = rs.getLong(3);
				String member = codes ? round.code(juror) : rs.getString(9);
				List<Object> row = new ArrayList<>();
				row.add(rs.getString(2));
				row.add(member);
				row.add(rs.getString(4));
				row.add(msg(rs.getString(5), locale));
				row.add(dates.dateTime(rs.getTimestamp(6).toInstant()));
				row.add(rs.getTimestamp(7) == null ? "" : dates.dateTime(rs.getTimestamp(7).toInstant()));
				row.add(nz(rs.getString(8)));
				return row;
			}).list();
		return new ExportTables.Table(msg("export.sheet.conflicts", locale), List.of("reference",
				codes ? "member_code" : "member", "source", "reason", "at", "overridden_at", "override_reason"), rows);
	}

	private static String member(RoundData.Loaded round, long juror, boolean codes) {
		return codes ? round.code(juror) : nz(round.names().get(juror));
	}

	private static String nz(String s) {
		return s == null ? "" : s;
	}

	private String msg(String key, Locale locale, Object... args) {
		return messages.getMessage(key, args, key, locale);
	}

	/** The xlsx writer closes its stream when it finishes; the zip must stay open for the entries after it. */
	private static final class NonClosing extends FilterOutputStream {

		NonClosing(OutputStream out) {
			super(out);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			out.write(b, off, len);
		}

		@Override
		public void close() throws IOException {
			flush();
		}
	}
}
