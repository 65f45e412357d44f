package vn.i4impact.portal.jury.internal.selection;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.jury.internal.Round;
import vn.i4impact.portal.jury.internal.RoundKind;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.jury.internal.RoundStatus;
import vn.i4impact.portal.jury.internal.ranking.Aggregation;
import vn.i4impact.portal.jury.internal.ranking.Entry;
import vn.i4impact.portal.jury.internal.ranking.Ranking;
import vn.i4impact.portal.jury.internal.ranking.Robustness;
import vn.i4impact.portal.jury.internal.standing.RankingRules;
import vn.i4impact.portal.jury.internal.standing.Standings;
import vn.i4impact.portal.jury.internal.standing.TieVotes;
import vn.i4impact.portal.nomination.DossierContent;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * What the shortlist (preliminary round) and decision (final round) screens show, and what confirmation acts on:
 * per award the ranking with the recorded tie votes, the rule, the committee's changes and the robustness report at
 * the line (the Java {@link Robustness} on the round's counted score rows).
 */
@Component
@Transactional(readOnly = true)
public class SelectionBoard {

	/** The shortlist's default when an award has no planned number of honourees: one honouree, two shortlisted. */
	static final int DEFAULT_HONOUREES = 1;

	private final TieVotes tieVotes;

	public record Vote(long dossier, int rank, String voters, String result, Instant at) {
	}

	public record Row(Selection.Line line, String reference, String unit, Vote vote) {
	}

	/** @param ruleSet whether the rule was set for the award (otherwise the default applies) */
	public record AwardView(AwardInfo award, Integer planned, Selection.Rule defaultRule, boolean ruleSet,
			Selection selection, List<Row> rows) {

		public List<Row> tiedRows() {
			return rows.stream().filter(r -> selection.tied().contains(r.line().dossier())).toList();
		}
	}

	public record Confirmation(Instant at, String by, boolean notified, String exceptionReason) {
	}

	/** @param voteStep whether the round's tie-break ends with a committee vote */
	public record Board(Round round, RankingRules rules, Confirmation confirmation, boolean voteStep,
			List<AwardView> awards) {

		public boolean closed() {
			return round.getStatus() == RoundStatus.CLOSED;
		}

		public boolean confirmed() {
			return confirmation != null;
		}

		public boolean blocked() {
			return awards.stream().anyMatch(a -> a.selection().blocked());
		}
	}

	private final RoundService rounds;

	private final Standings standings;

	private final ProgramCatalog program;

	private final DossierContent content;

	private final JdbcClient jdbc;

	SelectionBoard(RoundService rounds, Standings standings, ProgramCatalog program, DossierContent content,
			JdbcClient jdbc, TieVotes tieVotes) {
		this.tieVotes = tieVotes;
		this.rounds = rounds;
		this.standings = standings;
		this.program = program;
		this.content = content;
		this.jdbc = jdbc;
	}

	/** The committee's recorded tie votes of a round: dossier → place among its tie (what TieBreak's vote reads). */
	public Map<Long, Integer> votes(long roundId) {
		return tieVotes.of(roundId);
	}

	/** The board of a round; the awards are empty while the round is not closed (no score is shown before). */
	public Board board(long roundId) {
		Round round = rounds.get(roundId);
		RankingRules rules = standings.rules(roundId).orElseThrow();
		Confirmation confirmation = confirmation(roundId);
		boolean voteStep = rules.steps().contains(RankingRules.COMMITTEE_VOTE);
		if (round.getStatus() != RoundStatus.CLOSED) {
			return new Board(round, rules, confirmation, voteStep, List.of());
		}
		Map<Long, Integer> votes = votes(roundId);
		List<Standings.Line> lines = standings.lines(roundId, rules);
		Map<Long, Ranking> rankings = standings.rankings(lines, rules, votes);
		Map<Long, AwardInfo> awards = program.awards(round.getEditionId()).stream()
			.collect(Collectors.toMap(AwardInfo::id, Function.identity()));
		Map<Long, String> references = new HashMap<>();
		lines.forEach(l -> references.put(l.score().dossier(), l.referenceCode()));
		Map<Long, String> units = content.candidates(references.keySet()).stream()
			.collect(Collectors.toMap(DossierContent.Candidate::id, DossierContent.Candidate::unitName));
		Map<Long, Integer> planned = planned(round.getEditionId());
		Map<Long, Selection.Rule> setRules = round.getKind() == RoundKind.PRELIMINARY ? selectionRules(roundId) : Map.of();
		Map<Long, Selection.Change> changes = changes(roundId);
		Map<Long, Vote> voteRows = voteRows(roundId);
		Aggregation aggregation = aggregation(roundId, lines, rules);
		List<AwardView> result = new ArrayList<>();
		rankings.forEach((awardId, ranking) -> {
			Integer honourees = planned.get(awardId);
			Selection.Rule defaultRule = defaultRule(round, rules, honourees);
			Selection.Rule rule = setRules.getOrDefault(awardId, defaultRule);
			int cut = Selection.cutOf(ranking, rule);
			Long criterion = lines.stream().filter(l -> l.score().award() == awardId).map(Standings.Line::tieCriterion)
				.filter(c -> c != null).findFirst().orElse(null);
			Robustness robustness = Robustness.of(aggregation, awardId, rules.official(),
					rules.tieBreak(criterion, votes), Robustness.Settings.top(cut));
			Selection selection = Selection.of(ranking, rule, changes, robustness);
			List<Row> rows = selection.lines().stream().map(l -> new Row(l, references.get(l.dossier()),
					units.get(l.dossier()), voteRows.get(l.dossier()))).toList();
			result.add(new AwardView(awards.get(awardId), honourees, defaultRule, setRules.containsKey(awardId),
					selection, rows));
		});
		return new Board(round, rules, confirmation, voteStep, result);
	}

	/**
	 * The shortlist's default: the round's cut line when set, otherwise twice the award's planned honourees; the
	 * decision's: the planned honourees.
	 */
	static Selection.Rule defaultRule(Round round, RankingRules rules, Integer planned) {
		int honourees = planned == null ? DEFAULT_HONOUREES : planned;
		if (round.getKind() == RoundKind.FINAL) {
			return Selection.Rule.top(honourees);
		}
		return Selection.Rule.top(rules.cutTop() != null ? rules.cutTop() : 2 * honourees);
	}

	/** The planned honourees per award of the edition (the program's figure; null when not planned). */
	Map<Long, Integer> planned(long editionId) {
		Map<Long, Integer> planned = new HashMap<>();
		jdbc.sql("select id, planned_honourees from award where edition_id = ?").param(editionId).query(rs -> {
			planned.put(rs.getLong(1), (Integer) rs.getObject(2));
		});
		return planned;
	}

	RankingRules rules(long roundId) {
		return standings.rules(roundId).orElseThrow(NotFoundException::new);
	}

	Optional<Confirmation> confirmationOf(long roundId) {
		return jdbc.sql("""
				select s.confirmed_at, u.full_name, s.notify_units, s.exception_reason
				from jury_selection s join app_user u on u.id = s.confirmed_by where s.round_id = ?""")
			.param(roundId)
			.query((rs, i) -> new Confirmation(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getBoolean(3),
					rs.getString(4)))
			.optional();
	}

	private Confirmation confirmation(long roundId) {
		return confirmationOf(roundId).orElse(null);
	}

	private Map<Long, Selection.Rule> selectionRules(long roundId) {
		Map<Long, Selection.Rule> rules = new HashMap<>();
		jdbc.sql("select award_id, top_n, min_score from jury_selection_rule where round_id = ?").param(roundId)
			.query(rs -> {
				Integer top = (Integer) rs.getObject(2);
				BigDecimal min = rs.getBigDecimal(3);
				// exactly one of the two is set (check constraint)
				rules.put(rs.getLong(1), min == null ? Selection.Rule.top(top) : new Selection.Rule(0, min.doubleValue()));
			});
		return rules;
	}

	private Map<Long, Selection.Change> changes(long roundId) {
		Map<Long, Selection.Change> changes = new HashMap<>();
		jdbc.sql("select nomination_id, selected, reason from jury_selection_change where round_id = ?").param(roundId)
			.query(rs -> {
				changes.put(rs.getLong(1), new Selection.Change(rs.getBoolean(2), rs.getString(3)));
			});
		return changes;
	}

	private Map<Long, Vote> voteRows(long roundId) {
		Map<Long, Vote> votes = new LinkedHashMap<>();
		jdbc.sql("""
				select nomination_id, vote_rank, voters, result, recorded_at from jury_tie_vote where round_id = ?
				order by award_id, vote_rank""").param(roundId)
			.query(rs -> {
				votes.put(rs.getLong(1), new Vote(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
						rs.getTimestamp(5).toInstant()));
			});
		return votes;
	}

	/** The round's counted score rows as the Java core's sheets, for the robustness report. */
	private Aggregation aggregation(long roundId, List<Standings.Line> lines, RankingRules rules) {
		List<Entry> entries = lines.stream()
			.map(l -> new Entry(l.score().dossier(), l.score().award(), l.score().requiredSheets())).toList();
		return Aggregation.of(entries, CountedSheets.read(jdbc, roundId), rules.disagreementThreshold());
	}
}
