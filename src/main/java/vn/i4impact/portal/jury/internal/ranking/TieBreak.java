package vn.i4impact.portal.jury.internal.ranking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Orders dossiers by a method's score and breaks ties by the round's ordered rules, fixed when the round is configured.
 *
 * <p><b>Ties</b>: sorted by score descending (then dossier id), a dossier is tied with the one just above it when
 * the two scores differ by at most 1e-9 (a chain: SQL can number the groups with {@code lag()}). NaN sorts last.
 * Each tied group goes through the rules in order; rule k compares one key (higher wins, grouped the same way) and
 * every dossier it separates from all others gets "broken at step k". A group still tied after the last rule is
 * <b>unresolved</b>: its dossiers share the group's best rank (1, 2, 2, 4) and are listed by dossier id.
 *
 * <ul>
 * <li>{@link OnCriterion}: higher mean of {@code weight × score / scaleMax} on that criterion.</li>
 * <li>{@link HigherMedian}: higher median sheet total.</li>
 * <li>{@link MoreTopMarks}: more criterion scores at the top of the scale, over all the dossier's sheets.</li>
 * <li>{@link CommitteeVote}: the committee's recorded rank for each dossier of the tie (1 = first); it must be the
 * last rule, and it breaks a tie only when every dossier of the tie has a vote — otherwise the tie stays unresolved
 * and blocks the decision until the vote is recorded.</li>
 * </ul>
 */
public final class TieBreak {

	public sealed interface Rule permits OnCriterion, HigherMedian, MoreTopMarks, CommitteeVote {
	}

	public record OnCriterion(long criterion) implements Rule {
	}

	public record HigherMedian() implements Rule {
	}

	public record MoreTopMarks() implements Rule {
	}

	public record CommitteeVote() implements Rule {
	}

	/**
	 * A dossier's place.
	 *
	 * @param rank       1-based; dossiers of an unresolved tie share the best rank of their group
	 * @param tieStep    the 1-based rule that separated it from a tie; 0 when it was not tied
	 * @param unresolved tied with others after every rule
	 */
	public record Placed(DossierScore score, int rank, int tieStep, boolean unresolved) {
	}

	private final List<Rule> rules;
	private final Map<Long, Integer> votes;

	/** @param votes the committee's recorded rank per dossier (1 = first), for {@link CommitteeVote} */
	public TieBreak(List<Rule> rules, Map<Long, Integer> votes) {
		for (int i = 0; i < rules.size() - 1; i++) {
			if (rules.get(i) instanceof CommitteeVote) {
				throw new IllegalArgumentException("the committee vote can only be the last rule");
			}
		}
		if (rules.stream().distinct().count() != rules.size()) {
			throw new IllegalArgumentException("a rule twice: " + rules);
		}
		this.rules = List.copyOf(rules);
		this.votes = Map.copyOf(votes);
	}

	public static TieBreak none() {
		return new TieBreak(List.of(), Map.of());
	}

	public List<Rule> rules() {
		return rules;
	}

	public TieBreak withVotes(Map<Long, Integer> recorded) {
		return new TieBreak(rules, recorded);
	}

	/** The dossiers in order of the method's score with ties broken; see the class comment. */
	public List<Placed> order(Collection<DossierScore> dossiers, Method method) {
		List<DossierScore> sorted = new ArrayList<>(dossiers);
		sorted.sort(byKey(d -> d.score(method)));
		List<Placed> placed = new ArrayList<>(sorted.size());
		for (List<DossierScore> group : chains(sorted, d -> d.score(method))) {
			if (group.size() == 1) {
				placed.add(new Placed(group.get(0), placed.size() + 1, 0, false));
			}
			else {
				resolve(group, 0, placed);
			}
		}
		return placed;
	}

	private void resolve(List<DossierScore> tied, int step, List<Placed> placed) {
		if (step == rules.size() || rules.get(step) instanceof CommitteeVote
				&& !tied.stream().allMatch(d -> votes.containsKey(d.dossier()))) {
			int rank = placed.size() + 1;
			tied.stream().sorted(Comparator.comparingLong(DossierScore::dossier))
					.forEach(d -> placed.add(new Placed(d, rank, 0, true)));
			return;
		}
		Key key = key(rules.get(step));
		List<DossierScore> sorted = new ArrayList<>(tied);
		sorted.sort(byKey(key));
		for (List<DossierScore> group : chains(sorted, key)) {
			if (group.size() == 1) {
				placed.add(new Placed(group.get(0), placed.size() + 1, step + 1, false));
			}
			else {
				resolve(group, step + 1, placed);
			}
		}
	}

	private Key key(Rule rule) {
		if (rule instanceof OnCriterion on) {
			return d -> d.criterionPoints().getOrDefault(on.criterion(), Double.NaN);
		}
		if (rule instanceof HigherMedian) {
			return DossierScore::median;
		}
		if (rule instanceof MoreTopMarks) {
			return DossierScore::topMarks;
		}
		return d -> -votes.get(d.dossier());
	}

	/** Consecutive runs of a list sorted by the key, each element within the tolerance of the one before it. */
	static List<List<DossierScore>> chains(List<DossierScore> sorted, Key key) {
		List<List<DossierScore>> groups = new ArrayList<>();
		double previous = Double.NaN;
		for (DossierScore d : sorted) {
			double value = key.of(d);
			if (groups.isEmpty() || Stats.clearlyAbove(previous, value)) {
				groups.add(new ArrayList<>());
			}
			groups.get(groups.size() - 1).add(d);
			previous = value;
		}
		return groups;
	}

	private static Comparator<DossierScore> byKey(Key key) {
		return (a, b) -> {
			int byValue = Stats.descending(key.of(a), key.of(b));
			return byValue != 0 ? byValue : Long.compare(a.dossier(), b.dossier());
		};
	}

	@FunctionalInterface
	interface Key {
		double of(DossierScore dossier);
	}
}
