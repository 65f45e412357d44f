package vn.i4impact.portal.jury.internal;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.jury.JuryFixture;
import vn.i4impact.portal.jury.JuryFixture.Setup;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.support.PortalTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/** Rounds, assignments, sheets and the database's own guards on embedded PostgreSQL. */
@PortalTest
class JuryPersistenceTest {

	@Autowired
	JuryFixture fixture;

	@Autowired
	RoundService rounds;

	@Autowired
	AssignmentService assignments;

	@Autowired
	JurorDesk desk;

	@Autowired
	Jurors jurors;

	@Autowired
	Criteria criteria;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSeededRoundsOf2026HaveCriteriaWeighingOneHundred() {
		List<Map<String, Object>> sums = jdbc.sql("""
				select r.kind, sum(c.weight) total, count(*) n from jury_round r join edition e on e.id = r.edition_id
				join jury_criterion c on c.round_id = r.id where e.code = 'i4-impact-2026' and c.award_id is null
				group by r.kind order by r.kind""").query().listOfRows();
		assertThat(sums).extracting(m -> m.get("kind"), m -> ((Number) m.get("total")).intValue(),
				m -> ((Number) m.get("n")).intValue())
			.containsExactly(tuple("FINAL", 100, 5),
					tuple("PRELIMINARY", 100, 5));
	}

	@Test
	void openingTakesInTheEligibleDossiersAndAssignsThemBalanced() throws Exception {
		Setup s = fixture.openRound(4, 3, 2);
		assertThat(rounds.get(s.roundId()).getStatus()).isEqualTo(RoundStatus.OPEN);
		assertThat(jdbc.sql("select nomination_id from jury_round_entry where round_id = ? order by 1").param(s.roundId())
			.query(Long.class).list()).containsExactlyElementsOf(s.dossiers());
		for (long d : s.dossiers()) {
			assertThat(fixture.jurorsOf(s.roundId(), d)).hasSize(2);
		}
		List<Integer> loads = s.jurors().stream().map(j -> fixture.dossiersOf(s.roundId(), j.id()).size()).toList();
		assertThat(loads.stream().mapToInt(i -> i).max().getAsInt() - loads.stream().mapToInt(i -> i).min().getAsInt())
			.isLessThanOrEqualTo(1);
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'jury.round.open' and target_id = ?")
			.param(String.valueOf(s.roundId())).query(Integer.class).single()).isEqualTo(1);
	}

	@Test
	void aJurorWhoseOrganisationHasTheUnitsTaxCodeIsNeverAssignedAndTheShortfallIsReported() throws Exception {
		Setup s = fixture.draftRound(2, 3, 3);
		CurrentUser conflicted = s.jurors().get(2);
		jurors.save(new JurorProfile(conflicted.id(), conflicted.email(), conflicted.fullName(), "TS.",
				"Công ty Thử nghiệm mẹ", JuryFixture.UNIT_TAX_CODE, "1.1", List.of()));
		fixture.open(s);
		Assigner.Result result = assignments.autoAssign(s.roundId(), s.admin().id());
		assertThat(fixture.dossiersOf(s.roundId(), conflicted.id())).isEmpty();
		assertThat(result.shortfalls()).extracting(Assigner.Shortfall::dossierId).containsExactlyElementsOf(s.dossiers());
		assertThat(jdbc.sql("select reason_key from jury_conflict where round_id = ? and juror_id = ?")
			.params(s.roundId(), conflicted.id()).query(String.class).list())
			.containsOnly("jury.conflict.organisationTaxCode").hasSize(2);
		// by hand neither
		assertThatThrownBy(() -> assignments.add(s.roundId(), s.dossiers().get(0), conflicted.id(), s.admin().id()))
			.isInstanceOf(DomainException.class).hasMessage("jury.assign.conflicted");
	}

	@Test
	void everyScoreChangeIsKeptAndTheHistoryCannotBeRewritten() throws Exception {
		Setup s = fixture.openRound(1, 2, 2);
		long d = s.dossiers().get(0);
		CurrentUser juror = s.jurors().get(0);
		desk.declare(juror.id(), s.roundId(), d, false, null);
		JurorAssignment a = desk.assignment(juror.id(), s.roundId(), d);
		List<Criterion> set = desk.criteria(a);
		long impact = set.get(0).id();
		long v = desk.save(juror.id(), s.roundId(), d, -1, Map.of(impact, 6), Map.of(impact, "Khá tốt"), null);
		v = desk.save(juror.id(), s.roundId(), d, v, Map.of(impact, 8), Map.of(impact, "Khá tốt"), null);
		desk.save(juror.id(), s.roundId(), d, v, Map.of(impact, 8), Map.of(impact, "Khá tốt"), null);
		long sheet = desk.sheet(a).id();
		List<Map<String, Object>> history = jdbc.sql("""
				select juror_id, old_score, new_score from jury_score_history where sheet_id = ? and criterion_id = ? order by id""")
			.params(sheet, impact).query().listOfRows();
		assertThat(history).extracting(m -> m.get("old_score"), m -> m.get("new_score"))
			.containsExactly(tuple(null, 6), tuple(6, 8));
		assertThat(history).allSatisfy(m -> assertThat(((Number) m.get("juror_id")).longValue()).isEqualTo(juror.id()));
		assertThatThrownBy(() -> jdbc.sql("update jury_score_history set new_score = 10 where sheet_id = ?").param(sheet).update())
			.hasMessageContaining("score history cannot be changed");
		assertThatThrownBy(() -> jdbc.sql("delete from jury_score_history where sheet_id = ?").param(sheet).update())
			.hasMessageContaining("score history cannot be changed");
	}

	@Test
	void aClosedRoundRefusesEveryChangeToItsScoresEvenThroughSql() throws Exception {
		Setup s = fixture.openRound(1, 2, 2);
		long d = s.dossiers().get(0);
		CurrentUser juror = s.jurors().get(0);
		desk.declare(juror.id(), s.roundId(), d, false, null);
		JurorAssignment a = desk.assignment(juror.id(), s.roundId(), d);
		long impact = desk.criteria(a).get(0).id();
		long other = desk.criteria(a).get(1).id();
		desk.save(juror.id(), s.roundId(), d, -1, Map.of(impact, 7), Map.of(), "Hồ sơ tốt");
		long sheet = desk.sheet(a).id();
		rounds.close(s.roundId(), rounds.get(s.roundId()).getVersion(), s.admin().id());

		assertThatThrownBy(() -> jdbc.sql("update jury_score set score = 10 where sheet_id = ?").param(sheet).update())
			.hasMessageContaining("closed round");
		assertThatThrownBy(() -> jdbc.sql("insert into jury_score (sheet_id, criterion_id, score) values (?, ?, 3)")
			.params(sheet, other).update()).hasMessageContaining("closed round");
		assertThatThrownBy(() -> jdbc.sql("delete from jury_score where sheet_id = ?").param(sheet).update())
			.hasMessageContaining("closed round");
		assertThatThrownBy(() -> jdbc.sql("update jury_sheet set overall_comment = 'khác' where id = ?").param(sheet).update())
			.hasMessageContaining("closed round");
		assertThatThrownBy(() -> jdbc.sql("update jury_round set status = 'OPEN' where id = ?").param(s.roundId()).update())
			.hasMessageContaining("cannot be reopened");
		assertThat(jdbc.sql("select score from jury_score where sheet_id = ? and criterion_id = ?").params(sheet, impact)
			.query(Integer.class).single()).isEqualTo(7);
		// and the service says so in words
		assertThatThrownBy(() -> desk.save(juror.id(), s.roundId(), d, 0, Map.of(impact, 9), Map.of(), "x"))
			.isInstanceOf(DomainException.class).hasMessage("jury.sheet.roundClosed");
	}

	@Test
	void criteriaAreReplacedOnlyAsAValidSetAndOnlyBeforeTheRoundOpens() throws Exception {
		Setup s = fixture.draftRound(1, 2, 2);
		Round round = rounds.get(s.roundId());
		Criterion own = new Criterion(null, s.roundId(), s.awardId(), "IMPACT", "Tác động", "Impact", null, null, null,
				null, 60, 1, 9, 1);
		Criterion second = new Criterion(null, s.roundId(), s.awardId(), "EVIDENCE", "Minh chứng", "Evidence", null,
				null, null, null, 30, 1, 9, 2);
		assertThatThrownBy(() -> criteria.replace(round, s.awardId(), List.of(own, second)))
			.hasMessage("jury.criteria.total");
		Criterion third = new Criterion(null, s.roundId(), s.awardId(), "SCALE", "Quy mô", "Scale", null, null, null,
				null, 10, 1, 9, 3);
		criteria.replace(round, s.awardId(), List.of(own, second, third));
		assertThat(criteria.forAward(s.roundId(), s.awardId())).extracting(Criterion::code)
			.containsExactly("IMPACT", "EVIDENCE", "SCALE");
		long otherAward = jdbc.sql("select a.id from award a where a.edition_id = ? and a.code = '2.1'")
			.param(s.editionId()).query(Long.class).single();
		assertThat(criteria.forAward(s.roundId(), otherAward)).as("falls back to the round-wide set").hasSize(5);
		fixture.open(s);
		assertThatThrownBy(() -> criteria.replace(rounds.get(s.roundId()), s.awardId(), List.of(own, second, third)))
			.hasMessage("jury.criteria.locked");
	}

}
