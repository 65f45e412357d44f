package vn.i4impact.portal.jury.internal.standing;

import java.sql.Array;
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
	 * sheet's criteria share a scale, as the Java core does), its top marks and the tie criterion's points.
	 */
	static final String COUNTED_SHEETS = """
			select s.nomination_id as dossier, s.juror_id as juror, e.award_id as award,
			       case when min(c.scale_max) = max(c.scale_max)
			            then sum(c.weight * sc.score)::float8 / max(c.scale_max)
			            else sum(c.weight * sc.score::float8 / c.scale_max) end as total,
			       count(*) filter (where sc.score = c.scale_max) as top_marks,
			       sum(c.weight * sc.score::float8 / c.scale_max) filter (where c.code = :tieCode) as tie_points,
			       max(c.id) filter (where c.code = :tieCode) as tie_criterion
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
	static final String SCORES = "with sheet as (" + COUNTED_SHEETS + """
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
			           avg(tie_points) as tie_points, max(tie_criterion) as tie_criterion,
			           array_agg(total order by juror) as totals
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
			       d.totals, coalesce(d.top_marks, 0) as top_marks, d.tie_points, d.tie_criterion
			from jury_round_entry e
			join jury_round r on r.id = e.round_id
			left join dossier d on d.dossier = e.nomination_id
			where e.round_id = :round
			order by e.award_id, e.nomination_id""";

	/** One dossier of the round with its scores; {@code tieCriterion} is the award's criterion the rules name. */
	public record Line(DossierScore score, String referenceCode, Long tieCriterion) {
	}

	private final JdbcClient jdbc;

	Standings(JdbcClient jdbc) {
		this.jdbc = jdbc;
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
		return jdbc.sql(SCORES).param("round", roundId).param("tieCode", rules.tieCriterion())
			.query((rs, i) -> line(rs)).list();
	}

	/** Each award's ranking under the round's rules, by award id; {@code votes}: the committee's recorded ranks. */
	public Map<Long, Ranking> rankings(long roundId, RankingRules rules, Map<Long, Integer> votes) {
		Map<Long, List<Line>> byAward = new LinkedHashMap<>();
		for (Line line : lines(roundId, rules)) {
			byAward.computeIfAbsent(line.score().award(), a -> new ArrayList<>()).add(line);
		}
		Map<Long, Ranking> rankings = new LinkedHashMap<>();
		byAward.forEach((award, lines) -> {
			Long criterion = lines.stream().map(Line::tieCriterion).filter(c -> c != null).findFirst().orElse(null);
			TieBreak tieBreak = rules.tieBreak(criterion, votes);
			rankings.put(award, Ranking.of(lines.stream().map(Line::score).toList(), award, rules.official(), tieBreak));
		});
		return rankings;
	}

	private static Line line(ResultSet rs) throws SQLException {
		long dossier = rs.getLong("nomination_id");
		Long tieCriterion = (Long) rs.getObject("tie_criterion");
		double tiePoints = number(rs, "tie_points");
		Map<Long, Double> points = tieCriterion == null ? Map.of() : Map.of(tieCriterion, tiePoints);
		DossierScore score = new DossierScore(dossier, rs.getLong("award_id"), rs.getInt("n"), rs.getInt("required"),
				number(rs, "mean"), number(rs, "median"), number(rs, "trimmed"), number(rs, "normalised"),
				number(rs, "min_total"), number(rs, "max_total"), number(rs, "sd"), rs.getBoolean("disagreement"),
				totals(rs.getArray("totals")), points, rs.getInt("top_marks"));
		return new Line(score, rs.getString("reference_code"), tieCriterion);
	}

	/** SQL null (no sheet) is NaN, as in the Java core. */
	private static double number(ResultSet rs, String column) throws SQLException {
		double value = rs.getDouble(column);
		return rs.wasNull() ? Double.NaN : value;
	}

	private static double[] totals(Array array) throws SQLException {
		if (array == null) {
			return new double[0];
		}
		Object[] values = (Object[]) array.getArray();
		double[] totals = new double[values.length];
		for (int i = 0; i < values.length; i++) {
			totals[i] = ((Number) values[i]).doubleValue();
		}
		return totals;
	}
}
