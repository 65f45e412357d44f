package vn.i4impact.portal.jury.internal.standing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.jury.internal.ranking.DossierScore;
import vn.i4impact.portal.jury.internal.ranking.JurorCalibration;
import vn.i4impact.portal.jury.internal.ranking.Method;
import vn.i4impact.portal.jury.internal.ranking.Ranking;
import vn.i4impact.portal.jury.internal.ranking.TieBreak;

/**
 * A round's scores per dossier by the four methods, computed in PostgreSQL from the criterion score rows of the
 * submitted sheets of non-conflicted assignments, with exactly the formulas of {@code ranking.Aggregation} (its
 * Javadoc is the specification; {@code StandingsSqlTest} checks the two agree to 1e-9). Ordering and tie-breaks are
 * then applied in Java by {@code ranking.Ranking} on these rows, so there is one implementation of the rules.
 */
@Component
@Transactional(readOnly = true)
public class Standings {

	/**
	 * The sheets that count: submitted, of an assignment that still exists, without an unresolved conflict. One row per
	 * sheet with its total ({@code Σ weight × score / scaleMax}: the whole-number numerator divided once when the
	 * sheet's criteria share a scale, as the Java core does), its top marks and the tie criterion's points. Columns
	 * the round's rules do not need are left out (null), so the common case costs no more than it must.
	 */
	static final String COUNTED_SHEETS_TEMPLATE = """
			select s.nomination_id as dossier, s.juror_id as juror, e.award_id as award,
			       %s as total, %s as top_marks, %s as tie_points, %s as tie_criterion
			from jury_sheet s
			join jury_round_entry e on e.round_id = s.round_id and e.nomination_id = s.nomination_id
			join jury_assignment a on a.round_id = s.round_id and a.nomination_id = s.nomination_id
			     and a.juror_id = s.juror_id
			join jury_score sc on sc.sheet_id = s.id
			join jury_criterion c on c.id = sc.criterion_id
			where s.round_id = :round and s.status = 'SUBMITTED'
			  and not exists (select 1 from jury_conflict k where k.round_id = s.round_id
			                  and k.nomination_id = s.nomination_id and k.juror_id = s.juror_id and k.overridden_at is null)
			group by s.id, s.nomination_id, s.juror_id, e.award_id""";

	/**
	 * Per dossier of the round: the four methods, spread and flags. Normalised: each sheet's total as a z-score over
	 * its juror's sheets (window over the juror), mapped onto the round's mean and population sd (window over all),
	 * raw for a juror with fewer than 3 sheets or no spread; the dossier's score is the mean of those.
	 */
	static final String SCORES = "with sheet as (%s" + """
			),
			adjusted as (
			    select sheet.*,
			           case when count(*) over juror >= 3 and stddev_pop(total) over juror > 1e-9
			                then avg(total) over all_sheets + stddev_pop(total) over all_sheets
			                     * (total - avg(total) over juror) / stddev_pop(total) over juror
			                else total end as normalised
			    from sheet
			    window juror as (partition by juror), all_sheets as ()
			),
			dossier as (
			    select dossier, count(*) as n, avg(total) as mean,
			           percentile_cont(0.5) within group (order by total) as median,
			           sum(total) as sum_total, min(total) as min_total, max(total) as max_total,
			           stddev_pop(total) as sd, avg(normalised) as normalised, sum(top_marks) as top_marks,
			           avg(tie_points) as tie_points, max(tie_criterion) as tie_criterion
			    from adjusted group by dossier
			)
			select e.nomination_id, e.award_id, e.reference_code,
			       coalesce(r.jurors_per_dossier, greatest(1, (select count(*) from jury_assignment a
			           where a.round_id = e.round_id and a.nomination_id = e.nomination_id
			             and not exists (select 1 from jury_conflict k where k.round_id = a.round_id
			                 and k.nomination_id = a.nomination_id and k.juror_id = a.juror_id
			                 and k.overridden_at is null)))) as required,
			       coalesce(d.n, 0) as n, d.mean, d.median,
			       case when d.n >= 5 then (d.sum_total - d.max_total - d.min_total) / (d.n - 2) else d.mean end as trimmed,
			       d.normalised, d.min_total, d.max_total, d.sd,
			       coalesce(d.n >= 2 and d.max_total - d.min_total > r.disagreement_threshold::float8 + 1e-9, false)
			           as disagreement,
			       coalesce(d.top_marks, 0) as top_marks, d.tie_points, d.tie_criterion
			from jury_round_entry e
			join jury_round r on r.id = e.round_id
			left join dossier d on d.dossier = e.nomination_id
			where e.round_id = :round
			order by e.award_id, e.nomination_id""";

	/**
	 * Per award and juror: the juror's sheets, mean and sd against all sheets of the award (the panel), the offset
	 * from the panel mean, and the mean difference from the other jurors on the same dossiers (ranking.JurorCalibration).
	 */
	static final String CALIBRATION = "with sheet as (%s" + """
			),
			framed as (
			    select sheet.*, count(*) over dossier as on_dossier, sum(total) over dossier as dossier_sum,
			           count(*) over panel as panel_sheets, avg(total) over panel as panel_mean,
			           stddev_pop(total) over panel as panel_sd
			    from sheet
			    window dossier as (partition by dossier), panel as (partition by award)
			)
			select f.award, f.juror, u.full_name, count(*) as n, avg(f.total) as mean, stddev_pop(f.total) as sd,
			       max(f.panel_sheets) as panel_sheets, max(f.panel_mean) as panel_mean, max(f.panel_sd) as panel_sd,
			       avg(f.total) - max(f.panel_mean) as offset_mean,
			       avg(f.total - (f.dossier_sum - f.total) / (f.on_dossier - 1)) filter (where f.on_dossier > 1) as peer
			from framed f join app_user u on u.id = f.juror
			group by f.award, f.juror, u.full_name
			order by f.award, f.juror""";

	/** A juror's calibration with their name. */
	public record Calibration(JurorCalibration figures, String name) {
	}

	/** One dossier of the round with its scores; {@code tieCriterion} is the award's criterion the rules name. */
	public record Line(DossierScore score, String referenceCode, Long tieCriterion) {
	}

	/** The read model leaves each sheet's total out (the screens do not need them; Seal and exports read rows). */
	private static final double[] NO_TOTALS = new double[0];

	private final JdbcClient jdbc;

	Standings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The counted-sheets query for the round's rules: one division per sheet when all criteria share a scale. */
	String countedSheets(long roundId, RankingRules rules) {
		boolean oneScale = jdbc.sql("select count(distinct scale_max) <= 1 from jury_criterion where round_id = ?")
			.param(roundId).query(Boolean.class).single();
		String total = oneScale ? "sum(c.weight * sc.score)::float8 / max(c.scale_max)"
				: "sum(c.weight * sc.score::float8 / c.scale_max)";
		String topMarks = rules.steps().contains(RankingRules.MORE_TOP_MARKS)
				? "count(*) filter (where sc.score = c.scale_max)" : "0";
		boolean onCriterion = rules.tieCriterion() != null;
		String tiePoints = onCriterion ? "sum(c.weight * sc.score::float8 / c.scale_max) filter (where c.code = :tieCode)"
				: "null::float8";
		String tieCriterion = onCriterion ? "max(c.id) filter (where c.code = :tieCode)" : "null::bigint";
		return COUNTED_SHEETS_TEMPLATE.formatted(total, topMarks, tiePoints, tieCriterion);
	}

	public Optional<RankingRules> rules(long roundId) {
		return jdbc.sql("""
				select official_method, tie_break, disagreement_threshold, cut_top from jury_round where id = ?""")
			.param(roundId)
			.query((rs, i) -> new RankingRules(Method.valueOf(rs.getString(1)), rs.getString(2), rs.getDouble(3),
					(Integer) rs.getObject(4)))
			.optional();
	}

	/** Every dossier of the round, by award then dossier id. */
	public List<Line> lines(long roundId, RankingRules rules) {
		return jdbc.sql(SCORES.formatted(countedSheets(roundId, rules))).param("round", roundId)
			.param("tieCode", rules.tieCriterion() == null ? "" : rules.tieCriterion())
			.query((rs, i) -> line(rs)).list();
	}

	/** Each award's ranking under the round's rules, by award id; {@code votes}: the committee's recorded ranks. */
	public Map<Long, Ranking> rankings(long roundId, RankingRules rules, Map<Long, Integer> votes) {
		return rankings(lines(roundId, rules), rules, votes);
	}

	/** The same from lines already read. */
	public Map<Long, Ranking> rankings(List<Line> lines, RankingRules rules, Map<Long, Integer> votes) {
		Map<Long, List<Line>> byAward = new LinkedHashMap<>();
		for (Line line : lines) {
			byAward.computeIfAbsent(line.score().award(), a -> new ArrayList<>()).add(line);
		}
		Map<Long, Ranking> rankings = new LinkedHashMap<>();
		byAward.forEach((award, own) -> {
			Long criterion = own.stream().map(Line::tieCriterion).filter(c -> c != null).findFirst().orElse(null);
			TieBreak tieBreak = rules.tieBreak(criterion, votes);
			rankings.put(award, Ranking.of(own.stream().map(Line::score).toList(), award, rules.official(), tieBreak));
		});
		return rankings;
	}

	/** Every juror who scored in the round, per award, by juror id. */
	public List<Calibration> calibration(long roundId) {
		String sheets = countedSheets(roundId, new RankingRules(Method.MEAN, "", 25, null));
		return jdbc.sql(CALIBRATION.formatted(sheets)).param("round", roundId)
			.query((rs, i) -> new Calibration(new JurorCalibration(rs.getLong("award"), rs.getLong("juror"),
					rs.getInt("n"), rs.getDouble("mean"), rs.getDouble("sd"), rs.getInt("panel_sheets"),
					rs.getDouble("panel_mean"), rs.getDouble("panel_sd"), rs.getDouble("offset_mean"),
					number(rs, "peer")), rs.getString("full_name")))
			.list();
	}

	private static Line line(ResultSet rs) throws SQLException {
		long dossier = rs.getLong("nomination_id");
		Long tieCriterion = (Long) rs.getObject("tie_criterion");
		double tiePoints = number(rs, "tie_points");
		Map<Long, Double> points = tieCriterion == null ? Map.of() : Map.of(tieCriterion, tiePoints);
		DossierScore score = new DossierScore(dossier, rs.getLong("award_id"), rs.getInt("n"), rs.getInt("required"),
				number(rs, "mean"), number(rs, "median"), number(rs, "trimmed"), number(rs, "normalised"),
				number(rs, "min_total"), number(rs, "max_total"), number(rs, "sd"), rs.getBoolean("disagreement"),
				NO_TOTALS, points, rs.getInt("top_marks"));
		return new Line(score, rs.getString("reference_code"), tieCriterion);
	}

	/** SQL null (no sheet) is NaN, as in the Java core. */
	private static double number(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? Double.NaN : value;
	}

}
