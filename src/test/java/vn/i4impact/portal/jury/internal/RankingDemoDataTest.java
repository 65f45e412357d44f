package vn.i4impact.portal.jury.internal;

import java.time.Clock;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.nomination.UnitApplications;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.review.Screening;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.internal.selection.SelectionBoard;
import vn.i4impact.portal.jury.internal.standing.Standings;
import vn.i4impact.portal.program.EditionCloning;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** The second demo edition: a closed, sealed preliminary round with harsh and lenient jurors and a close call. Rolled back. */
@PortalTest
@Transactional
class RankingDemoDataTest {

	@Autowired
	EditionCloning cloning;

	@Autowired
	RoundService rounds;

	@Autowired
	Panels panels;

	@Autowired
	Jurors jurors;

	@Autowired
	AssignmentService assignments;

	@Autowired
	JurorDesk desk;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UnitApplications applications;

	@Autowired
	ProgramCatalog program;

	@Autowired
	Screening screening;

	@Autowired
	Clock clock;

	@Autowired
	SelectionBoard boards;

	@Autowired
	Standings standings;

	@Test
	void thePreliminaryRoundIsClosedAndSealedWithACloseCallAtTheLine() {
		CurrentUser admin = accounts.findByEmail("bantochuc@demo.i4impact.vn").orElseGet(() -> accounts.createActive(
				"bantochuc@demo.i4impact.vn", "Phạm Quốc Dũng", TestData.PASSWORD, Set.of(Role.ADMIN)));
		CurrentUser applicant = accounts.findByEmail("donvi@demo.i4impact.vn").orElseGet(() -> accounts.createActive(
				"donvi@demo.i4impact.vn", "Nguyễn Thị Hồng", TestData.PASSWORD, Set.of(Role.APPLICANT)));
		RankingDemoData demo = new RankingDemoData(cloning, rounds, panels, jurors, assignments, desk, accounts, applications, program, screening, jdbc,
				clock, true);
		demo.run(null);
		demo.run(null);

		long editionId = jdbc.sql("select id from edition where code = ?").param(RankingDemoData.EDITION)
			.query(Long.class).single();
		Round preliminary = rounds.findOne(editionId, RoundKind.PRELIMINARY);
		assertThat(preliminary.getStatus()).isEqualTo(RoundStatus.CLOSED);
		assertThat(rounds.findOne(editionId, RoundKind.FINAL).getStatus()).isEqualTo(RoundStatus.DRAFT);
		assertThat(jdbc.sql("select count(*) from jury_sheet where round_id = ? and status = 'SUBMITTED'")
			.param(preliminary.getId()).query(Integer.class).single()).isEqualTo(24);
		assertThat(jdbc.sql("select count(*) from jury_round_seal where round_id = ?").param(preliminary.getId())
			.query(Integer.class).single()).isEqualTo(1);

		SelectionBoard.Board board = boards.board(preliminary.getId());
		assertThat(board.awards()).hasSize(1);
		SelectionBoard.AwardView award = board.awards().get(0);
		assertThat(award.planned()).isEqualTo(2);
		assertThat(award.selection().cut()).isEqualTo(4);
		assertThat(award.selection().incomplete()).isEmpty();
		assertThat(award.selection().tooCloseToCall()).isPositive();
		// the harsh juror scores below co-jurors, the lenient one above
		assertThat(standings.calibration(preliminary.getId())).extracting(c -> c.figures().peerOffset())
			.anyMatch(o -> o < -5).anyMatch(o -> o > 5);
	}
}
