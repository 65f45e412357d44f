package vn.i4impact.portal.jury.internal.standing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.jury.internal.RoundKind;
import vn.i4impact.portal.jury.internal.ranking.Method;
import vn.i4impact.portal.jury.internal.ranking.RankedEntry;
import vn.i4impact.portal.jury.internal.ranking.Ranking;
import vn.i4impact.portal.jury.internal.ranking.Robustness;
import vn.i4impact.portal.jury.internal.ranking.TieBreak;

/**
 * The robustness report of one award of a round at its cut line (ranking.Robustness: other methods, leave one juror
 * out, bootstrap with the fixed seed and 1,000 draws, "too close to call").
 *
 * <p><b>The cut line</b> (rules of the round): {@code cut_top} dossiers; or, with {@code cut_min_score}, as many as
 * have an official score at or above it (within 1e-9); or else, in the preliminary round (the shortlist line), twice
 * the award's planned honourees, and in the final round (the honour line) the planned honourees; when the award plans
 * none, half the ranked dossiers, rounded up.
 */
@Component
@Transactional(readOnly = true)
public class RobustnessReport {

	/** Rows within this many places of the line (and every row too close to call) are listed. */
	public static final int WINDOW = 3;

	public enum Cut {
		TOP, MIN_SCORE, DEFAULT, DEFAULT_FINAL
	}

	/** One dossier near the line, with the codes of the members whose absence moves it. */
	public record Line(String referenceCode, String unitName, Robustness.Row row, List<String> jurorCodes) {

		public List<Method> methods() {
			return row.methods().stream().sorted().toList();
		}

		/** Percent, whole number, for the table and the chart. */
		public long percent() {
			return Math.round(row.probabilityAbove() * 100);
		}
	}

	/**
	 * @param top    dossiers above the line
	 * @param ranked dossiers ranked (complete)
	 * @param lines  the rows near the line, by official rank
	 */
	public record AwardReport(long award, Cut cut, int top, int ranked, Robustness.Settings settings, List<Line> lines,
			boolean unresolvedTie) {

		public long tooClose() {
			return lines.stream().filter(l -> l.row().tooCloseToCall()).count();
		}
	}

	private final JdbcClient jdbc;

	private final RulesSettings settings;

	RobustnessReport(JdbcClient jdbc, RulesSettings settings) {
		this.jdbc = jdbc;
		this.settings = settings;
	}

	/** The report of one award from a loaded round; {@code votes}: the committee's recorded ranks (none yet). */
	public AwardReport of(RoundData.Loaded round, long award, Map<Long, Integer> votes) {
		RankingRules rules = round.rules();
		TieBreak tieBreak = rules.tieBreak(round.tieCriterion(award), votes);
		Ranking ranking = Ranking.of(round.aggregation(), award, rules.official(), tieBreak);
		List<RankedEntry> ranked = ranking.entries().stream().filter(RankedEntry::ranked).toList();
		Cut cut = Cut.DEFAULT;
		int top;
		Double minScore = minScore(round.roundId());
		if (rules.cutTop() != null) {
			cut = Cut.TOP;
			top = rules.cutTop();
		}
		else if (minScore != null) {
			cut = Cut.MIN_SCORE;
			double min = minScore;
			top = (int) ranked.stream().filter(e -> e.score().score(rules.official()) >= min - 1e-9).count();
		}
		else {
			Integer planned = jdbc.sql("select planned_honourees from award where id = ?").param(award)
				.query((rs, i) -> (Integer) rs.getObject(1)).optional().orElse(null);
			boolean last = round.kind() == RoundKind.FINAL;
			cut = last ? Cut.DEFAULT_FINAL : Cut.DEFAULT;
			top = planned != null && planned > 0 ? (last ? planned : 2 * planned) : (ranked.size() + 1) / 2;
		}
		Robustness.Settings settings = Robustness.Settings.top(top);
		List<Line> lines = new ArrayList<>();
		if (!ranked.isEmpty()) {
			Robustness robustness = Robustness.of(round.aggregation(), award, rules.official(), tieBreak, settings);
			for (Robustness.Row row : robustness.nearLine(WINDOW)) {
				lines.add(new Line(round.line(row.dossier()).referenceCode(), round.units().get(row.dossier()), row,
						row.jurors().stream().map(round::code).toList()));
			}
		}
		return new AwardReport(award, cut, top, ranked.size(), settings, lines, ranking.hasUnresolvedTie());
	}

	/** The awards of the round that have dossiers, by id. */
	public static Set<Long> awards(RoundData.Loaded round) {
		Set<Long> awards = new TreeSet<>();
		round.lines().forEach(l -> awards.add(l.score().award()));
		return awards;
	}

	private Double minScore(long roundId) {
		BigDecimal min = settings.of(roundId).cutMinScore();
		return min == null ? null : min.doubleValue();
	}
}
