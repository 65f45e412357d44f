package vn.i4impact.portal.jury.internal;

import java.io.Serializable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Balanced, conflict-aware assignment of jurors to dossiers; plain Java, no I/O, deterministic for the same input.
 * <ol>
 * <li>Dossiers in (award, id) order each take the jurors they still need from their award's panel, never a conflicted
 * pair: least loaded first (loads count over the whole round, so a juror on two panels is balanced too); among equal
 * loads, jurors in a cyclic order whose starting point moves one further after every lap of the panel, so jurors'
 * sets overlap in changing groups (pairs share dossiers, which later lets harsh and lenient jurors be normalised).</li>
 * <li>Repair: while some juror has two or more dossiers more than another, an augmenting path of moves (the busy juror
 * hands a dossier to a colleague, who may hand one on, … to a lighter juror) is searched breadth-first, as in a
 * max-flow; existing assignments are never moved. It stops when max − min ≤ 1 or no path exists (conflicts forbid).</li>
 * <li>Every dossier that could not get its number of jurors is reported, with how many it got and could have had.</li>
 * </ol>
 */
public final class Assigner {

	/**
	 * A dossier of the round: its award (whose panel scores it: the award's own, or its category's, resolved by the
	 * caller) and how many jurors it needs in all.
	 */
	public record Dossier(long id, long awardId, int needed) {
	}

	public record Pair(long dossierId, long jurorId) {
	}

	/** @param existing assignments already made (kept, counted in loads, never moved) */
	public record Request(Collection<Dossier> dossiers, Map<Long, ? extends Collection<Long>> panels,
			Set<Pair> conflicts, Set<Pair> existing) {
	}

	/**
	 * A dossier short of jurors: it needed {@code needed}, has {@code assigned}; {@code eligible} could take it;
	 * {@code noPanel}: its award has no panel, neither its own nor its category's. Serializable: the secretariat's
	 * page shows the list after a redirect, as a flash attribute kept in the (JDBC) session.
	 */
	public record Shortfall(long dossierId, int needed, int assigned, int eligible, boolean noPanel)
			implements Serializable {

		public Shortfall(long dossierId, int needed, int assigned, int eligible) {
			this(dossierId, needed, assigned, eligible, false);
		}

	}

	/** @param added the new assignments, ordered by dossier then juror; {@code loads} per panel juror, by id */
	public record Result(List<Pair> added, List<Shortfall> shortfalls, Map<Long, Integer> loads) {

		public int spread() {
			if (loads.isEmpty()) {
				return 0;
			}
			return loads.values().stream().mapToInt(Integer::intValue).max().getAsInt()
					- loads.values().stream().mapToInt(Integer::intValue).min().getAsInt();
		}

		public boolean complete() {
			return shortfalls.isEmpty();
		}

	}

	private long[] jurorIds;

	private Map<Long, Integer> jurorIndex;

	private Dossier[] dossiers;

	private int[][] panelOf; // per dossier: juror indices of its award's panel, in id order

	private Set<Long> conflicted; // dossierIndex * jurors + jurorIndex

	private List<TreeSet<Integer>> assigned; // per dossier: juror indices

	private List<TreeSet<Integer>> movable; // per juror: dossier indices assigned in this run (may move)

	private int[] load;

	public Result assign(Request request) {
		index(request);
		Map<Long, Integer> picks = new HashMap<>();
		List<Shortfall> shortfalls = new ArrayList<>();
		for (int d = 0; d < dossiers.length; d++) {
			int[] panel = panelOf[d];
			int missing = dossiers[d].needed() - assigned.get(d).size();
			if (panel.length == 0 && assigned.get(d).isEmpty()) {
				// said even when nothing is "needed" (a final round scored by the whole panel, and there is none)
				shortfalls.add(new Shortfall(dossiers[d].id(), dossiers[d].needed(), 0, 0, true));
				continue;
			}
			if (missing <= 0) {
				continue;
			}
			int n = panel.length;
			int done = picks.getOrDefault(dossiers[d].awardId(), 0);
			int cursor = n == 0 ? 0 : (done + done / n) % n;
			List<Integer> candidates = new ArrayList<>();
			for (int p = 0; p < n; p++) {
				if (isFree(d, panel[p])) {
					candidates.add(p);
				}
			}
			candidates.sort(Comparator.<Integer>comparingInt(p -> load[panel[p]])
				.thenComparingInt(p -> Math.floorMod(p - cursor, n)));
			int take = Math.min(missing, candidates.size());
			for (int i = 0; i < take; i++) {
				give(d, panel[candidates.get(i)]);
			}
			picks.put(dossiers[d].awardId(), done + take);
			if (take < missing) {
				shortfalls.add(new Shortfall(dossiers[d].id(), dossiers[d].needed(), assigned.get(d).size(),
						assigned.get(d).size() - take + candidates.size()));
			}
		}
		while (repair()) {
			// each path lowers the sum of squared loads, so this ends
		}
		return result(shortfalls);
	}

	private void index(Request request) {
		TreeSet<Long> ids = new TreeSet<>();
		request.panels().values().forEach(ids::addAll);
		jurorIds = ids.stream().mapToLong(Long::longValue).toArray();
		jurorIndex = new HashMap<>();
		for (int j = 0; j < jurorIds.length; j++) {
			jurorIndex.put(jurorIds[j], j);
		}
		dossiers = request.dossiers().stream()
			.sorted(Comparator.comparingLong(Dossier::awardId).thenComparingLong(Dossier::id))
			.toArray(Dossier[]::new);
		Map<Long, Integer> dossierIndex = new HashMap<>();
		Map<Long, int[]> panels = new HashMap<>();
		request.panels().forEach((award, members) -> panels.put(award,
				new TreeSet<>(members).stream().mapToInt(jurorIndex::get).toArray()));
		panelOf = new int[dossiers.length][];
		assigned = new ArrayList<>();
		for (int d = 0; d < dossiers.length; d++) {
			dossierIndex.put(dossiers[d].id(), d);
			panelOf[d] = panels.getOrDefault(dossiers[d].awardId(), new int[0]);
			assigned.add(new TreeSet<>());
		}
		conflicted = new HashSet<>();
		for (Pair c : request.conflicts()) {
			Integer d = dossierIndex.get(c.dossierId());
			Integer j = jurorIndex.get(c.jurorId());
			if (d != null && j != null) {
				conflicted.add(key(d, j));
			}
		}
		load = new int[jurorIds.length];
		movable = new ArrayList<>();
		for (int j = 0; j < jurorIds.length; j++) {
			movable.add(new TreeSet<>());
		}
		for (Pair e : request.existing()) {
			Integer d = dossierIndex.get(e.dossierId());
			Integer j = jurorIndex.get(e.jurorId());
			if (d != null && j != null && assigned.get(d).add(j)) {
				load[j]++;
			}
		}
	}

	private long key(int d, int j) {
		return (long) d * jurorIds.length + j;
	}

	private boolean isFree(int d, int j) {
		return !assigned.get(d).contains(j) && !conflicted.contains(key(d, j));
	}

	private void give(int d, int j) {
		assigned.get(d).add(j);
		movable.get(j).add(d);
		load[j]++;
	}

	private void take(int d, int j) {
		assigned.get(d).remove(j);
		movable.get(j).remove(d);
		load[j]--;
	}

	/**
	 * One augmenting path: from the busiest juror that can hand work on, to the lightest juror reachable from them,
	 * when that one has two or more dossiers fewer.
	 */
	private boolean repair() {
		if (load.length < 2) {
			return false;
		}
		int min = Arrays.stream(load).min().getAsInt();
		if (Arrays.stream(load).max().getAsInt() - min <= 1) {
			return false;
		}
		Integer[] busiest = new Integer[load.length];
		for (int j = 0; j < load.length; j++) {
			busiest[j] = j;
		}
		Arrays.sort(busiest, Comparator.<Integer>comparingInt(j -> -load[j]).thenComparingInt(j -> j));
		for (int a : busiest) {
			if (load[a] < min + 2) {
				return false;
			}
			if (shiftFrom(a, min)) {
				return true;
			}
		}
		return false;
	}

	private boolean shiftFrom(int source, int min) {
		int n = jurorIds.length;
		int[] fromJuror = new int[n];
		int[] viaDossier = new int[n];
		Arrays.fill(fromJuror, -2);
		fromJuror[source] = -1;
		ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(source));
		int best = -1;
		search: while (!queue.isEmpty()) {
			int a = queue.poll();
			for (int d : movable.get(a)) {
				for (int b : panelOf[d]) {
					if (fromJuror[b] != -2 || !isFree(d, b)) {
						continue;
					}
					fromJuror[b] = a;
					viaDossier[b] = d;
					if (best < 0 || load[b] < load[best]) {
						best = b;
						if (load[b] == min) {
							break search;
						}
					}
					queue.add(b);
				}
			}
		}
		if (best < 0 || load[best] > load[source] - 2) {
			return false;
		}
		for (int cur = best; fromJuror[cur] != -1; cur = fromJuror[cur]) {
			take(viaDossier[cur], fromJuror[cur]);
			give(viaDossier[cur], cur);
		}
		return true;
	}

	private Result result(List<Shortfall> shortfalls) {
		List<Pair> added = new ArrayList<>();
		for (int j = 0; j < jurorIds.length; j++) {
			for (int d : movable.get(j)) {
				added.add(new Pair(dossiers[d].id(), jurorIds[j]));
			}
		}
		added.sort(Comparator.comparingLong(Pair::dossierId).thenComparingLong(Pair::jurorId));
		Map<Long, Integer> loads = new TreeMap<>();
		for (int j = 0; j < jurorIds.length; j++) {
			loads.put(jurorIds[j], load[j]);
		}
		shortfalls.sort(Comparator.comparingLong(Shortfall::dossierId));
		return new Result(List.copyOf(added), List.copyOf(shortfalls), loads);
	}

}
