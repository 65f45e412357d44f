package vn.i4impact.portal.jury.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.jury.internal.Assigner.Dossier;
import vn.i4impact.portal.jury.internal.Assigner.Pair;
import vn.i4impact.portal.jury.internal.Assigner.Request;
import vn.i4impact.portal.jury.internal.Assigner.Result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class AssignerTest {

	static List<Long> jurors(long from, int count) {
		return LongStream.range(from, from + count).boxed().toList();
	}

	static List<Dossier> dossiers(long award, long from, int count, int needed) {
		return LongStream.range(from, from + count).mapToObj(id -> new Dossier(id, award, needed)).toList();
	}

	static Set<Pair> randomConflicts(List<Dossier> dossiers, List<Long> jurors, double rate, long seed) {
		Random random = new Random(seed);
		Set<Pair> conflicts = new HashSet<>();
		for (Dossier d : dossiers) {
			for (long j : jurors) {
				if (random.nextDouble() < rate) {
					conflicts.add(new Pair(d.id(), j));
				}
			}
		}
		return conflicts;
	}

	static Map<Long, Set<Long>> byDossier(List<Pair> pairs) {
		return pairs.stream().collect(Collectors.groupingBy(Pair::dossierId,
				Collectors.mapping(Pair::jurorId, Collectors.toSet())));
	}

	@Test
	void everyDossierGetsItsJurorsWithEvenLoads() {
		List<Dossier> dossiers = dossiers(1, 1, 100, 3);
		Result r = new Assigner().assign(new Request(dossiers, Map.of(1L, jurors(1000, 12)), Set.of(), Set.of()));
		assertThat(r.complete()).isTrue();
		assertThat(r.added()).hasSize(300);
		Map<Long, Set<Long>> got = byDossier(r.added());
		assertThat(got).hasSize(100);
		assertThat(got.values()).allSatisfy(s -> assertThat(s).hasSize(3));
		assertThat(r.loads().values()).allSatisfy(l -> assertThat(l).isBetween(25, 25));
		assertThat(r.spread()).isZero();
	}

	@Test
	void neverAConflictedPairAndStillBalanced() {
		List<Dossier> dossiers = dossiers(1, 1, 500, 3);
		List<Long> panel = jurors(1000, 40);
		Set<Pair> conflicts = randomConflicts(dossiers, panel, 0.1, 7);
		Result r = new Assigner().assign(new Request(dossiers, Map.of(1L, panel), conflicts, Set.of()));
		assertThat(r.complete()).isTrue();
		assertThat(r.added()).doesNotContainAnyElementsOf(conflicts);
		assertThat(r.added()).hasSize(1500);
		assertThat(r.spread()).isLessThanOrEqualTo(1);
	}

	@Test
	void jurorsSetsOverlapSoTheyCanBeCompared() {
		// 9 jurors, 3 per dossier: plain round-robin would make three fixed trios that never share a dossier
		List<Dossier> dossiers = dossiers(1, 1, 30, 3);
		Result r = new Assigner().assign(new Request(dossiers, Map.of(1L, jurors(1, 9)), Set.of(), Set.of()));
		Map<Long, Set<Long>> partners = new HashMap<>();
		for (Set<Long> trio : byDossier(r.added()).values()) {
			for (long a : trio) {
				partners.computeIfAbsent(a, k -> new HashSet<>()).addAll(trio);
			}
		}
		// connected: every juror reaches every other through shared dossiers
		Set<Long> reached = new HashSet<>(List.of(1L));
		List<Long> todo = new ArrayList<>(reached);
		while (!todo.isEmpty()) {
			for (long p : partners.get(todo.remove(0))) {
				if (reached.add(p)) {
					todo.add(p);
				}
			}
		}
		assertThat(reached).hasSize(9);
		assertThat(partners.values()).allSatisfy(p -> assertThat(p.size()).as("shares with more than its trio").isGreaterThan(3));
	}

	@Test
	void theSameInputGivesTheSameAssignment() {
		List<Dossier> dossiers = new ArrayList<>(dossiers(1, 1, 200, 3));
		dossiers.addAll(dossiers(2, 1000, 50, 2));
		List<Long> panel = jurors(100, 20);
		Map<Long, List<Long>> panels = Map.of(1L, panel, 2L, jurors(110, 15));
		Set<Pair> conflicts = randomConflicts(dossiers, jurors(100, 25), 0.05, 3);
		Result a = new Assigner().assign(new Request(dossiers, panels, conflicts, Set.of()));
		List<Dossier> shuffled = new ArrayList<>(dossiers);
		Collections.shuffle(shuffled, new Random(99));
		Result b = new Assigner().assign(new Request(shuffled, new HashMap<>(panels), new HashSet<>(conflicts), Set.of()));
		assertThat(b.added()).isEqualTo(a.added());
		assertThat(b.loads()).isEqualTo(a.loads());
	}

	@Test
	void existingAssignmentsAreKeptAndOnlyTheMissingAreAdded() {
		List<Dossier> dossiers = dossiers(1, 1, 10, 3);
		Set<Pair> existing = Set.of(new Pair(1, 1), new Pair(1, 2), new Pair(2, 1));
		Result r = new Assigner().assign(new Request(dossiers, Map.of(1L, jurors(1, 6)), Set.of(), existing));
		assertThat(r.added()).hasSize(27).doesNotContainAnyElementsOf(existing);
		Map<Long, Set<Long>> got = byDossier(r.added());
		assertThat(got.get(1L)).hasSize(1).doesNotContain(1L, 2L);
		assertThat(got.get(2L)).hasSize(2).doesNotContain(1L);
		assertThat(r.loads().values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(30);
		assertThat(r.spread()).isZero();
	}

	@Test
	void aPanelTooSmallAfterConflictsIsReportedNotSilentlyUnderAssigned() {
		List<Dossier> dossiers = dossiers(1, 1, 4, 3);
		// dossier 2 conflicts with two of the four jurors: only two can score it
		Set<Pair> conflicts = Set.of(new Pair(2, 11), new Pair(2, 12));
		Result r = new Assigner().assign(new Request(dossiers, Map.of(1L, jurors(11, 4)), conflicts, Set.of()));
		assertThat(r.complete()).isFalse();
		assertThat(r.shortfalls()).containsExactly(new Assigner.Shortfall(2, 3, 2, 2));
		assertThat(byDossier(r.added()).get(2L)).containsExactlyInAnyOrder(13L, 14L);
		assertThat(r.added()).doesNotContainAnyElementsOf(conflicts);
	}

	@Test
	void anAwardWithoutAPanelIsReportedForEveryDossier() {
		Result r = new Assigner().assign(new Request(dossiers(5, 1, 3, 3), Map.of(1L, jurors(1, 5)), Set.of(), Set.of()));
		assertThat(r.added()).isEmpty();
		assertThat(r.shortfalls()).extracting(Assigner.Shortfall::eligible).containsExactly(0, 0, 0);
		assertThat(r.shortfalls()).extracting(Assigner.Shortfall::noPanel).containsOnly(true);
	}

	@Test
	void anAwardWithoutAPanelIsReportedEvenWhenTheWholePanelIsAllItNeeds() {
		// a final round: a dossier "needs" its whole panel, which is nobody here; that is still a shortfall
		Result r = new Assigner().assign(new Request(dossiers(5, 1, 2, 0), Map.of(1L, jurors(1, 5)), Set.of(), Set.of()));
		assertThat(r.added()).isEmpty();
		assertThat(r.shortfalls()).extracting(Assigner.Shortfall::dossierId, Assigner.Shortfall::noPanel)
			.containsExactly(tuple(1L, true), tuple(2L, true));
	}

	@Test
	void whenConflictsForbidBalanceItDoesItsBestAndTerminates() {
		// juror 1 is conflicted with every dossier but one: they can take at most one, the others the rest
		List<Dossier> dossiers = dossiers(1, 1, 12, 1);
		Set<Pair> conflicts = new HashSet<>();
		for (long d = 2; d <= 12; d++) {
			conflicts.add(new Pair(d, 1));
		}
		Result r = new Assigner().assign(new Request(dossiers, Map.of(1L, jurors(1, 3)), conflicts, Set.of()));
		assertThat(r.complete()).isTrue();
		assertThat(r.loads()).containsEntry(1L, 1);
		assertThat(r.loads().get(2L) + r.loads().get(3L)).isEqualTo(11);
		assertThat(Math.abs(r.loads().get(2L) - r.loads().get(3L))).isLessThanOrEqualTo(1);
		assertThat(r.added()).doesNotContainAnyElementsOf(conflicts);
	}

	@Test
	void repairMovesWorkAlongAChainWhenGreedyLeavesItUneven() {
		// juror 3 sits on both panels; award 2 has only juror 3 and 4. Balance needs award-1 work moved off juror 3.
		List<Dossier> dossiers = new ArrayList<>(dossiers(1, 1, 6, 1));
		dossiers.addAll(dossiers(2, 100, 6, 1));
		Map<Long, List<Long>> panels = Map.of(1L, List.of(1L, 2L, 3L), 2L, List.of(3L, 4L));
		Set<Pair> conflicts = new HashSet<>();
		for (long d = 100; d < 106; d++) {
			conflicts.add(new Pair(d, 4));
		}
		Result r = new Assigner().assign(new Request(dossiers, panels, conflicts, Set.of()));
		assertThat(r.complete()).isTrue();
		assertThat(r.loads()).containsEntry(3L, 6).containsEntry(4L, 0);
		assertThat(r.loads().get(1L)).isEqualTo(3);
		assertThat(r.loads().get(2L)).isEqualTo(3);
	}

}
