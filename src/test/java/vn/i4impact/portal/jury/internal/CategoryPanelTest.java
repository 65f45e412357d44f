package vn.i4impact.portal.jury.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.JuryFixture;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.review.Screening;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.web.NotFoundException;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A panel for a whole category: how an award's panel is resolved, and what assignment does with it. */
@PortalTest
class CategoryPanelTest {

	@Autowired
	JuryFixture fixture;

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	Screening screening;

	@Autowired
	RoundService rounds;

	@Autowired
	Criteria criteria;

	@Autowired
	Panels panels;

	@Autowired
	AssignmentService assignments;

	@Autowired
	Progress progress;

	@Autowired
	Jurors jurors;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JurorDesk desk;

	/** A draft preliminary round of a fresh edition with eligible dossiers per award code, no panel yet. */
	record Built(String edition, long editionId, long roundId, Map<String, List<Long>> dossiers, CurrentUser admin) {
	}

	Built build(Map<String, Integer> perAward, Integer jurorsPerDossier) throws Exception {
		String edition = data.openEdition(10);
		long editionId = data.editionId(edition);
		CurrentUser secretary = data.user(Role.SECRETARIAT);
		Map<String, List<Long>> ids = new LinkedHashMap<>();
		for (Map.Entry<String, Integer> e : perAward.entrySet()) {
			for (int i = 0; i < e.getValue(); i++) {
				CurrentUser applicant = data.user(Role.APPLICANT);
				Nomination n = dossiers.self(applicant, edition, e.getKey());
				dossiers.submit(applicant, n);
				screening.markEligible(n.getId(), data.version(n.getId()), secretary.id());
				ids.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(n.getId());
			}
		}
		Instant now = Instant.now();
		Round round = rounds.create(editionId, RoundKind.PRELIMINARY, now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(9)));
		rounds.configure(round.getId(), round.getVersion(), round.getOpensAt(), round.getClosesAt(), null, null,
				jurorsPerDossier, false);
		criteria.copy(fixture.seedRound(), round.getId());
		return new Built(edition, editionId, round.getId(), ids, data.user(Role.ADMIN));
	}

	long category(long editionId, String code) {
		return jdbc.sql("select id from category where edition_id = ? and code = ?").params(editionId, code)
			.query(Long.class).single();
	}

	List<Long> newJurors(int n) {
		List<Long> ids = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			ids.add(fixture.juror().id());
		}
		return ids;
	}

	void open(long roundId, long adminId) {
		rounds.open(roundId, rounds.get(roundId).getVersion(), adminId);
	}

	@Test
	void anAwardsOwnPanelWinsOverItsCategorysWhichServesTheOtherAwards() throws Exception {
		Built b = build(Map.of(), 2);
		long cat1 = category(b.editionId(), "1");
		long a11 = data.awardId(b.edition(), "1.1");
		long a12 = data.awardId(b.edition(), "1.2");
		long a13 = data.awardId(b.edition(), "1.3");
		long a21 = data.awardId(b.edition(), "2.1");
		List<Long> cat = newJurors(3);
		long own = newJurors(1).get(0);

		panels.setForCategory(b.roundId(), cat1, cat, cat.get(1));
		panels.set(b.roundId(), a12, List.of(own), own);

		Map<Long, List<Long>> members = panels.members(b.roundId());
		assertThat(members.get(a11)).containsExactlyElementsOf(cat);
		assertThat(members.get(a13)).containsExactlyElementsOf(cat);
		assertThat(members.get(a12)).containsExactly(own);
		assertThat(members).doesNotContainKey(a21);
		Map<Long, Panels.Panel> byAward = panels.byAward(b.roundId());
		assertThat(byAward.get(a11).forCategory()).isTrue();
		assertThat(byAward.get(a11).categoryId()).isEqualTo(cat1);
		assertThat(byAward.get(a12).awardId()).isEqualTo(a12);
		assertThat(panels.of(b.roundId())).extracting(Panels.Panel::awardId).containsExactly(a12);
		assertThat(panels.ofCategories(b.roundId())).containsOnlyKeys(cat1);
		// the chair of the category's panel chairs 1.1 and 1.3, not 1.2 which has its own
		assertThat(panels.isChair(b.roundId(), a11, cat.get(1))).isTrue();
		assertThat(panels.isChair(b.roundId(), a12, cat.get(1))).isFalse();
		assertThat(panels.isChair(b.roundId(), a12, own)).isTrue();
		assertThat(progress.chairs(b.roundId(), cat.get(1))).isTrue();

		// emptying 1.2's own panel removes it: 1.2 falls back to the category's
		panels.set(b.roundId(), a12, List.of(), null);
		assertThat(panels.members(b.roundId()).get(a12)).containsExactlyElementsOf(cat);
		assertThat(panels.of(b.roundId())).isEmpty();

		// a chair who is not a member is refused and nothing changes
		assertThatThrownBy(() -> panels.setForCategory(b.roundId(), cat1, cat.subList(0, 2), own))
			.isInstanceOf(DomainException.class).hasMessage("jury.panel.chairNotMember");
		assertThat(panels.ofCategories(b.roundId()).get(cat1).members()).containsExactlyElementsOf(cat);

		// a category or an award of another edition is not this round's
		long otherCategory = category(data.editionId("i4-impact-2026"), "1");
		assertThatThrownBy(() -> panels.setForCategory(b.roundId(), otherCategory, cat, null))
			.isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> panels.set(b.roundId(), data.awardId("i4-impact-2026", "1.1"), cat, null))
			.isInstanceOf(NotFoundException.class);

		// every change is in the audit log
		assertThat(jdbc.sql("select action from audit_entry where target_type = 'jury_panel' and target_id like ? order by id")
			.param(b.roundId() + "/%").query(String.class).list())
			.containsExactly("jury.panel.set", "jury.panel.set", "jury.panel.remove");
	}

	@Test
	void theDatabaseHoldsAPanelToExactlyOneAwardOrCategoryOncePerRound() throws Exception {
		Built b = build(Map.of(), 2);
		long cat1 = category(b.editionId(), "1");
		long a11 = data.awardId(b.edition(), "1.1");
		assertThatThrownBy(() -> jdbc.sql("insert into jury_panel (round_id, award_id, category_id) values (?, ?, ?)")
			.params(b.roundId(), a11, cat1).update()).hasMessageContaining("ck_jury_panel_scope");
		assertThatThrownBy(() -> jdbc.sql("insert into jury_panel (round_id) values (?)").param(b.roundId()).update())
			.hasMessageContaining("ck_jury_panel_scope");
		jdbc.sql("insert into jury_panel (round_id, category_id) values (?, ?)").params(b.roundId(), cat1).update();
		assertThatThrownBy(() -> jdbc.sql("insert into jury_panel (round_id, category_id) values (?, ?)")
			.params(b.roundId(), cat1).update()).hasMessageContaining("uq_jury_panel_category");
	}

	@Test
	void withOnlyACategoryPanelAutomaticAssignmentCoversEveryDossierOfTheCategoryBalancedAndConflictFree()
			throws Exception {
		Built b = build(Map.of("1.1", 3, "1.2", 2, "1.3", 2), 2);
		List<CurrentUser> users = List.of(fixture.juror(), fixture.juror(), fixture.juror(), fixture.juror(),
				fixture.juror());
		List<Long> panel = users.stream().map(CurrentUser::id).toList();
		// the last juror works for the applicants' parent company: conflicted with every dossier
		CurrentUser c = users.get(4);
		long conflicted = c.id();
		jurors.save(new JurorProfile(c.id(), c.email(), c.fullName(), "TS.", "Công ty mẹ", JuryFixture.UNIT_TAX_CODE,
				"1", List.of()));
		panels.setForCategory(b.roundId(), category(b.editionId(), "1"), panel, panel.get(0));
		open(b.roundId(), b.admin().id());

		Assigner.Result result = assignments.autoAssign(b.roundId(), b.admin().id());

		assertThat(result.complete()).isTrue();
		List<Long> all = b.dossiers().values().stream().flatMap(List::stream).toList();
		assertThat(all).hasSize(7);
		for (long d : all) {
			assertThat(fixture.jurorsOf(b.roundId(), d)).hasSize(2).doesNotContain(conflicted)
				.isSubsetOf(panel);
		}
		assertThat(jdbc.sql("select count(*) from jury_conflict where round_id = ? and juror_id = ?")
			.params(b.roundId(), conflicted).query(Integer.class).single()).isEqualTo(7);
		List<Integer> loads = panel.subList(0, 4).stream().map(j -> fixture.dossiersOf(b.roundId(), j).size()).toList();
		assertThat(loads.stream().mapToInt(i -> i).sum()).isEqualTo(14);
		assertThat(loads.stream().mapToInt(i -> i).max().getAsInt() - loads.stream().mapToInt(i -> i).min().getAsInt())
			.isLessThanOrEqualTo(1);
	}

	@Test
	void whenTheWholePanelScoresEveryMemberOfTheCategoryPanelIsAssigned() throws Exception {
		Built b = build(Map.of("1.2", 1, "1.3", 1), null);
		List<Long> panel = newJurors(3);
		panels.setForCategory(b.roundId(), category(b.editionId(), "1"), panel, null);
		open(b.roundId(), b.admin().id());
		assertThat(assignments.autoAssign(b.roundId(), b.admin().id()).complete()).isTrue();
		for (long d : b.dossiers().values().stream().flatMap(List::stream).toList()) {
			assertThat(fixture.jurorsOf(b.roundId(), d)).containsExactlyElementsOf(panel);
		}
	}

	@Test
	void anAwardWithNoPanelAtAllIsReportedAsSuchAndCountedShort() throws Exception {
		Built b = build(Map.of("1.1", 1, "2.1", 2), 2);
		long a21 = data.awardId(b.edition(), "2.1");
		panels.setForCategory(b.roundId(), category(b.editionId(), "1"), newJurors(2), null);
		open(b.roundId(), b.admin().id());

		Assigner.Result result = assignments.autoAssign(b.roundId(), b.admin().id());

		assertThat(result.complete()).isFalse();
		assertThat(result.shortfalls()).extracting(Assigner.Shortfall::dossierId)
			.containsExactlyInAnyOrderElementsOf(b.dossiers().get("2.1"));
		assertThat(result.shortfalls()).allSatisfy(s -> {
			assertThat(s.noPanel()).isTrue();
			assertThat(s.assigned()).isZero();
		});
		assertThat(fixture.jurorsOf(b.roundId(), b.dossiers().get("1.1").get(0))).hasSize(2);
		assertThat(progress.byAward(b.roundId(), 2)).filteredOn(a -> a.awardId() == a21)
			.extracting(Progress.ByAward::uncovered).containsExactly(2);
		// also when the whole panel scores (no number per dossier): no panel is still short
		assertThat(progress.byAward(b.roundId(), null)).filteredOn(a -> a.awardId() == a21)
			.extracting(Progress.ByAward::uncovered).containsExactly(2);
	}

	void submitted(long juror, long roundId, long dossier) {
		desk.declare(juror, roundId, dossier, false, null);
		Map<Long, Integer> scores = new HashMap<>();
		for (Criterion c : desk.criteria(desk.assignment(juror, roundId, dossier))) {
			scores.put(c.id(), 7);
		}
		desk.submit(juror, roundId, dossier, -1, scores, Map.of(), "Hồ sơ tốt");
	}

	@Test
	void theChairOfACategorysPanelReopensSheetsOfTheAwardsItScoresOnly() throws Exception {
		Built b = build(Map.of("1.1", 1, "1.2", 1), null);
		List<Long> own = newJurors(2);
		List<Long> cat = newJurors(2);
		panels.set(b.roundId(), data.awardId(b.edition(), "1.1"), own, own.get(0));
		panels.setForCategory(b.roundId(), category(b.editionId(), "1"), cat, cat.get(0));
		open(b.roundId(), b.admin().id());
		assertThat(assignments.autoAssign(b.roundId(), b.admin().id()).complete()).isTrue();
		long d11 = b.dossiers().get("1.1").get(0);
		long d12 = b.dossiers().get("1.2").get(0);
		assertThat(fixture.jurorsOf(b.roundId(), d12)).containsExactlyElementsOf(cat);
		submitted(own.get(1), b.roundId(), d11);
		submitted(cat.get(1), b.roundId(), d12);

		assertThat(progress.submittedInPanelsChairedBy(b.roundId(), cat.get(0)))
			.extracting(Progress.Submitted::nominationId).containsExactly(d12);
		assertThatThrownBy(() -> assignments.reopenAsChair(b.roundId(), d11, own.get(1), "Xem lại", cat.get(0)))
			.isInstanceOf(NotFoundException.class);
		assignments.reopenAsChair(b.roundId(), d12, cat.get(1), "Xin xem lại tiêu chí 2", cat.get(0));
		assertThat(jdbc.sql("select status from jury_sheet where round_id = ? and nomination_id = ? and juror_id = ?")
			.params(b.roundId(), d12, cat.get(1)).query(String.class).single()).isEqualTo("DRAFT");
	}

}
