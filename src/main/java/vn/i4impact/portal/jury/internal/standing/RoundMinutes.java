package vn.i4impact.portal.jury.internal.standing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.jury.internal.Criteria;
import vn.i4impact.portal.jury.internal.Criterion;
import vn.i4impact.portal.jury.internal.Panels;
import vn.i4impact.portal.jury.internal.Round;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.jury.internal.RoundStatus;
import vn.i4impact.portal.jury.internal.ranking.Method;
import vn.i4impact.portal.jury.internal.ranking.RankedEntry;
import vn.i4impact.portal.jury.internal.ranking.Ranking;
import vn.i4impact.portal.jury.internal.ranking.Sheet;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.DomainException;

/**
 * What the sealed minutes (biên bản) of a closed round print: the rules, per award the panel (members by code), the
 * criteria and weights, the full ranking with every sheet's total, flags and the robustness summary, the decisions
 * (through {@link MinutesDecisions} when present), the seal stored at closing, and, in the committee's copy only,
 * the key from member codes to names.
 */
@Component
@Transactional(readOnly = true)
public class RoundMinutes {

	/** One sheet's total, by the member's code. */
	public record SheetTotal(String code, double total) {
	}

	public record Row(RankedEntry entry, String referenceCode, String unitName, List<SheetTotal> sheets) {

		public double score(Method method) {
			return entry.score().score(method);
		}

		public Integer rank(Method method) {
			return entry.ranks().get(method);
		}
	}

	public record AwardPart(AwardInfo award, String chairCode, List<String> memberCodes, List<Criterion> criteria,
			List<Row> rows, RobustnessReport.AwardReport robustness) {
	}

	public record Seal(String sha256, int rows, Instant sealedAt) {
	}

	public record Minutes(Round round, AwardInfo anyAward, RankingRules rules, String tieCriterionCode, List<AwardPart> awards,
			Seal seal, Map<String, String> key, List<MinutesDecisions.Decision> decisions, boolean decisionsHooked) {

		public List<Method> others() {
			return List.of(Method.values()).stream().filter(m -> m != rules.official()).toList();
		}
	}

	private final RoundService rounds;

	private final RoundData data;

	private final RobustnessReport robustness;

	private final Panels panels;

	private final Criteria criteria;

	private final ProgramCatalog program;

	private final JdbcClient jdbc;

	private final ObjectProvider<MinutesDecisions> decisions;

	RoundMinutes(RoundService rounds, RoundData data, RobustnessReport robustness, Panels panels, Criteria criteria,
			ProgramCatalog program, JdbcClient jdbc, ObjectProvider<MinutesDecisions> decisions) {
		this.rounds = rounds;
		this.data = data;
		this.robustness = robustness;
		this.panels = panels;
		this.criteria = criteria;
		this.program = program;
		this.jdbc = jdbc;
		this.decisions = decisions;
	}

	/**
	 * @param withKey the committee's copy: the key from member codes to names is printed
	 * @throws DomainException {@code minutes.notClosed} for a round that is not closed (there is no seal yet)
	 */
	public Minutes of(long roundId, boolean withKey) {
		Round round = rounds.get(roundId);
		if (round.getStatus() != RoundStatus.CLOSED) {
			throw new DomainException("minutes.notClosed");
		}
		RoundData.Loaded loaded = data.load(roundId);
		Map<Long, AwardInfo> awards = new HashMap<>();
		program.awards(round.getEditionId()).forEach(a -> awards.put(a.id(), a));
		Map<Long, Panels.Panel> panelOf = panels.byAward(roundId);
		Map<Long, Ranking> rankings = new LinkedHashMap<>();
		RankingRules rules = loaded.rules();
		for (long award : RobustnessReport.awards(loaded)) {
			rankings.put(award, Ranking.of(loaded.aggregation(), award, rules.official(),
					rules.tieBreak(loaded.tieCriterion(award), loaded.votes())));
		}
		List<AwardPart> parts = new ArrayList<>();
		rankings.forEach((award, ranking) -> {
			List<Row> rows = ranking.entries().stream().map(e -> new Row(e, loaded.line(e.dossier()).referenceCode(),
					loaded.units().get(e.dossier()), totals(loaded, e.dossier()))).toList();
			Panels.Panel panel = panelOf.get(award);
			List<String> members = panel == null ? List.of() : panel.members().stream().map(loaded::code).toList();
			String chair = panel == null || panel.chairId() == null ? null : loaded.code(panel.chairId());
			parts.add(new AwardPart(awards.get(award), chair, members, criteria.forAward(roundId, award), rows,
					robustness.of(loaded, award, loaded.votes())));
		});
		Seal seal = jdbc.sql("select sha256, score_rows, sealed_at from jury_round_seal where round_id = ?")
			.param(roundId)
			.query((rs, i) -> new Seal(rs.getString(1), rs.getInt(2), rs.getTimestamp(3).toInstant())).optional()
			.orElse(null);
		Map<String, String> key = new LinkedHashMap<>();
		if (withKey) {
			loaded.codes().forEach((id, code) -> key.put(code, loaded.names().get(id)));
		}
		MinutesDecisions hook = decisions.getIfAvailable();
		return new Minutes(round, awards.values().stream().findFirst().orElse(null), rules, rules.tieCriterion(),
				parts, seal, key, hook == null ? List.of() : hook.of(roundId), hook != null);
	}

	private static List<SheetTotal> totals(RoundData.Loaded loaded, long dossier) {
		List<SheetTotal> totals = new ArrayList<>();
		for (Sheet sheet : loaded.aggregation().sheetsOf(dossier)) {
			totals.add(new SheetTotal(loaded.code(sheet.juror()), sheet.total()));
		}
		return totals;
	}

	/** The file name of the minutes, e.g. {@code bien-ban-vong-so-khao-12-vi.pdf}. */
	public static String fileName(Round round, Locale locale) {
		String kind = round.getKind().name().toLowerCase(Locale.ROOT).replace('_', '-');
		return "bien-ban-" + kind + "-" + round.getId() + "-" + locale.getLanguage() + ".pdf";
	}
}
