package vn.i4impact.portal.jury.internal.ranking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One award's ranking in a round: complete dossiers ranked under the official method with the round's tie-break
 * rules, and their ranks under the other three methods (same rules, same votes); then the incomplete dossiers,
 * unranked, by official score (none last) and id.
 */
public final class Ranking {

	private final long award;
	private final Method official;
	private final List<RankedEntry> entries;

	private Ranking(long award, Method official, List<RankedEntry> entries) {
		this.award = award;
		this.official = official;
		this.entries = List.copyOf(entries);
	}

	public static Ranking of(Aggregation round, long award, Method official, TieBreak tieBreak) {
		return of(round.award(award), award, official, tieBreak);
	}

	/** The same from scores computed elsewhere (the SQL read model): {@code all} holds the award's dossiers. */
	public static Ranking of(List<DossierScore> all, long award, Method official, TieBreak tieBreak) {
		List<DossierScore> complete = all.stream().filter(d -> !d.incomplete()).toList();
		// the official order is computed once and serves both the entries and the official rank (it was sorted twice)
		List<TieBreak.Placed> officialOrder = tieBreak.order(complete, official);
		Map<Method, Map<Long, Integer>> ranks = new EnumMap<>(Method.class);
		for (Method method : Method.values()) {
			ranks.put(method, method == official ? ranks(officialOrder) : ranks(complete, method, tieBreak));
		}
		Map<Long, Integer> mean = ranks.get(Method.MEAN);
		Map<Long, Integer> median = ranks.get(Method.MEDIAN);
		Map<Long, Integer> trimmed = ranks.get(Method.TRIMMED_MEAN);
		Map<Long, Integer> normalised = ranks.get(Method.NORMALISED);
		List<RankedEntry> entries = new ArrayList<>(all.size());
		for (TieBreak.Placed placed : officialOrder) {
			long id = placed.score().dossier();
			// an immutable map already: RankedEntry's Map.copyOf keeps it as it is
			Map<Method, Integer> own = Map.of(Method.MEAN, mean.get(id), Method.MEDIAN, median.get(id),
					Method.TRIMMED_MEAN, trimmed.get(id), Method.NORMALISED, normalised.get(id));
			entries.add(new RankedEntry(placed.score(), placed.rank(), own, placed.tieStep(), placed.unresolved()));
		}
		all.stream().filter(DossierScore::incomplete)
				.sorted((a, b) -> {
					int byScore = Stats.descending(a.score(official), b.score(official));
					return byScore != 0 ? byScore : Long.compare(a.dossier(), b.dossier());
				})
				.forEach(d -> entries.add(new RankedEntry(d, 0, Map.of(), 0, false)));
		return new Ranking(award, official, entries);
	}

	/** Rank per dossier under a method with the tie-break rules. */
	static Map<Long, Integer> ranks(List<DossierScore> dossiers, Method method, TieBreak tieBreak) {
		return ranks(tieBreak.order(dossiers, method));
	}

	private static Map<Long, Integer> ranks(List<TieBreak.Placed> order) {
		Map<Long, Integer> ranks = new HashMap<>(order.size() * 4 / 3 + 1);
		for (TieBreak.Placed placed : order) {
			ranks.put(placed.score().dossier(), placed.rank());
		}
		return ranks;
	}

	public long award() {
		return award;
	}

	public Method official() {
		return official;
	}

	/** Ranked dossiers by rank, then the incomplete ones. */
	public List<RankedEntry> entries() {
		return entries;
	}

	public Optional<RankedEntry> entry(long dossier) {
		return entries.stream().filter(e -> e.dossier() == dossier).findFirst();
	}

	/** Whether some tie is left that only a committee vote can break. */
	public boolean hasUnresolvedTie() {
		return entries.stream().anyMatch(RankedEntry::tieUnresolved);
	}

	/**
	 * The unresolved ties that straddle a cut after the first {@code top} places (one shares a rank ≤ top with
	 * another placed beyond it): the shortlist or decision must wait for the committee's vote.
	 */
	public List<RankedEntry> blockingAt(int top) {
		Map<Integer, List<RankedEntry>> groups = new HashMap<>();
		entries.stream().filter(RankedEntry::tieUnresolved)
				.forEach(e -> groups.computeIfAbsent(e.rank(), r -> new ArrayList<>()).add(e));
		return groups.values().stream()
				.filter(group -> group.get(0).rank() <= top && group.get(0).rank() + group.size() - 1 > top)
				.flatMap(List::stream).sorted(Comparator.comparingLong(RankedEntry::dossier)).toList();
	}
}
