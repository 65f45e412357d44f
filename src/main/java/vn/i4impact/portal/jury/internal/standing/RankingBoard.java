package vn.i4impact.portal.jury.internal.standing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.internal.Round;
import vn.i4impact.portal.jury.internal.RoundService;
import vn.i4impact.portal.jury.internal.RoundStatus;
import vn.i4impact.portal.jury.internal.ranking.DossierScore;
import vn.i4impact.portal.jury.internal.ranking.Method;
import vn.i4impact.portal.jury.internal.ranking.RankedEntry;
import vn.i4impact.portal.jury.internal.ranking.Ranking;
import vn.i4impact.portal.nomination.DossierContent;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;

/**
 * What the ranking screen shows of a round. Scores of a round that is not closed are for ADMIN only (the committee);
 * everyone else gets progress (sheets in / needed), and the rows then carry no score at all.
 */
@Component
@Transactional(readOnly = true)
public class RankingBoard {

	/** One dossier's line; {@code entry} (scores, ranks, flags) is null when the viewer may not see scores. */
	public record Row(String referenceCode, String unitName, int sheets, int required, RankedEntry entry) {

		public double score(Method method) {
			return entry.score().score(method);
		}

		public Integer rank(Method method) {
			return entry.ranks().get(method);
		}
	}

	public record AwardBoard(AwardInfo award, List<Row> rows, List<Standings.Calibration> calibration,
			boolean unresolvedTie) {
	}

	public record Board(Round round, RankingRules rules, boolean scoresVisible, List<AwardBoard> awards) {

		/** The three methods other than the official one, in declaration order. */
		public List<Method> others() {
			return Arrays.stream(Method.values()).filter(m -> m != rules.official()).toList();
		}
	}

	private final RoundService rounds;

	private final Standings standings;

	private final ProgramCatalog program;

	private final DossierContent dossiers;

	private final TieVotes tieVotes;

	RankingBoard(RoundService rounds, Standings standings, ProgramCatalog program, DossierContent dossiers,
			TieVotes tieVotes) {
		this.tieVotes = tieVotes;
		this.rounds = rounds;
		this.standings = standings;
		this.program = program;
		this.dossiers = dossiers;
	}

	/** Whether the viewer may see the scores of the round: once it is closed, or as the committee (ADMIN). */
	public static boolean scoresVisible(Round round, CurrentUser viewer) {
		return round.getStatus() == RoundStatus.CLOSED || viewer.has(Role.ADMIN);
	}

	public Board board(long roundId, CurrentUser viewer) {
		Round round = rounds.get(roundId);
		RankingRules rules = standings.rules(roundId).orElseThrow();
		boolean visible = scoresVisible(round, viewer);
		Map<Long, AwardInfo> awards = program.awards(round.getEditionId()).stream()
			.collect(Collectors.toMap(AwardInfo::id, Function.identity()));
		List<Standings.Line> lines = standings.lines(roundId, rules);
		Map<Long, String> units = dossiers.candidates(lines.stream().map(l -> l.score().dossier()).toList()).stream()
			.collect(Collectors.toMap(DossierContent.Candidate::id, DossierContent.Candidate::unitName));
		Map<Long, Standings.Line> byDossier = lines.stream()
			.collect(Collectors.toMap(l -> l.score().dossier(), Function.identity()));
		List<AwardBoard> result = new ArrayList<>();
		if (visible) {
			Map<Long, Ranking> rankings = standings.rankings(lines, rules, tieVotes.of(roundId));
			List<Standings.Calibration> calibration = standings.calibration(roundId);
			rankings.forEach((award, ranking) -> {
				List<Row> rows = ranking.entries().stream().map(e -> {
					Standings.Line line = byDossier.get(e.dossier());
					return new Row(line.referenceCode(), units.get(e.dossier()), e.score().sheets(),
							e.score().requiredSheets(), e);
				}).toList();
				result.add(new AwardBoard(awards.get(award), rows,
						calibration.stream().filter(c -> c.figures().award() == award).toList(),
						ranking.hasUnresolvedTie()));
			});
		}
		else {
			lines.stream().collect(Collectors.groupingBy(l -> l.score().award(), TreeMap::new,
					Collectors.toList())).forEach((award, own) -> {
						List<Row> rows = own.stream().map(l -> {
							DossierScore s = l.score();
							return new Row(l.referenceCode(), units.get(s.dossier()), s.sheets(), s.requiredSheets(), null);
						}).toList();
						result.add(new AwardBoard(awards.get(award), rows, List.of(), false));
					});
		}
		return new Board(round, rules, visible, result);
	}
}
