package vn.i4impact.portal.jury.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.program.EditionCloning;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.review.Screening;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The jury's demo on a stand-in for the demo edition (DemoData itself belongs to another module and is being
 * rewritten): rounds, jurors, the eligible dossier assigned, a sheet in progress, and nothing twice. Rolled back.
 */
@PortalTest
@Transactional
class JuryDemoDataTest {

	@Autowired
	EditionCloning cloning;

	@Autowired
	Accounts accounts;

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	Screening screening;

	@Autowired
	JdbcClient jdbc;

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
	ProgramCatalog program;

	@Autowired
	Progress progress;

	@Autowired
	Clock clock;

	@Test
	void theDemoEditionGetsAnOpenRoundWithAssignedDossiersAndASheetInProgress() throws Exception {
		long editionId = cloning.cloneEdition("i4-impact-2026", new EditionCloning.NewEdition(JuryDemoData.EDITION, 2026,
				"Kỳ demo", "Demo", "demo", true), Duration.ZERO);
		jdbc.sql("update edition set status = 'OPEN' where id = ?").param(editionId).update();
		jdbc.sql("update edition_phase set starts_at = now() - interval '1 day', ends_at = now() + interval '5 days' where edition_id = ? and kind = 'NOMINATION'")
			.param(editionId).update();
		CurrentUser admin = accounts.createActive("bantochuc@demo.i4impact.vn", "Phạm Quốc Dũng", TestData.PASSWORD, Set.of(Role.ADMIN));
		CurrentUser juror = accounts.createActive("giamkhao@demo.i4impact.vn", "GS.TS. Lê Minh Châu", TestData.PASSWORD, Set.of(Role.JUROR));
		CurrentUser unit = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(unit, JuryDemoData.EDITION, "1.3");
		dossiers.submit(unit, n);
		screening.markEligible(n.getId(), data.version(n.getId()), data.user(Role.SECRETARIAT).id());

		JuryDemoData demo = new JuryDemoData(rounds, panels, jurors, assignments, desk, program, progress, accounts, clock, true);
		demo.run(null);
		demo.run(null);

		assertThat(rounds.ofEdition(editionId)).extracting(Round::getKind, Round::getStatus)
			.containsExactly(tuple(RoundKind.PRELIMINARY, RoundStatus.OPEN),
					tuple(RoundKind.FINAL, RoundStatus.DRAFT));
		long round = rounds.findOne(editionId, RoundKind.PRELIMINARY).getId();
		assertThat(jdbc.sql("select juror_id from jury_assignment where round_id = ? and nomination_id = ?").params(round, n.getId())
			.query(Long.class).list()).hasSize(2).contains(juror.id());
		assertThat(desk.home(juror.id())).extracting(l -> l.status()).containsExactly(SheetStatus.UNDECLARED);
		assertThat(jdbc.sql("select count(*) from jury_sheet where round_id = ?").param(round).query(Integer.class).single())
			.isEqualTo(1);
		assertThat(jdbc.sql("select count(*) from jury_criterion where round_id = ?").param(round).query(Integer.class).single())
			.isEqualTo(5);
	}

}
