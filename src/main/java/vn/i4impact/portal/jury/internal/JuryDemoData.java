package vn.i4impact.portal.jury.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.shared.db.EmbeddedDatabaseCondition;

/**
 * The jury's part of the demo (embedded database only), run after the demo edition exists (DemoData is order 10):
 * its two rounds with the default criteria, the preliminary round open for two weeks, a few demo jurors on every
 * panel, the eligible demo dossiers taken in and assigned, and one sheet in progress. The demo juror
 * giamkhao@demo.i4impact.vn is left to declare and score.
 */
@Component
@Conditional(EmbeddedDatabaseCondition.class)
@Order(20)
public class JuryDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(JuryDemoData.class);

	static final String EDITION = "demo-i4-impact";

	static final String PASSWORD = "Demo-I4-Impact!";

	static final String[][] JURORS = { { "giamkhao2@chuyengia-demo.vn", "PGS.TS. Nguyễn Thu Hà", "Viện Chiến lược Chuyển đổi số" },
			{ "giamkhao3@chuyengia-demo.vn", "TS. Đỗ Quang Huy", "Trường Đại học Bách khoa Hà Nội" },
			{ "giamkhao4@chuyengia-demo.vn", "ThS. Vũ Thị Lan", "Hiệp hội Phần mềm và Dịch vụ CNTT" } };

	private final RoundService rounds;

	private final Panels panels;

	private final Jurors jurors;

	private final AssignmentService assignments;

	private final JurorDesk desk;

	private final ProgramCatalog program;

	private final Progress progress;

	private final Accounts accounts;

	private final Clock clock;

	private final boolean enabled;

	public JuryDemoData(RoundService rounds, Panels panels, Jurors jurors, AssignmentService assignments, JurorDesk desk,
			ProgramCatalog program, Progress progress, Accounts accounts, Clock clock,
			@Value("${portal.demo.enabled:true}") boolean enabled) {
		this.rounds = rounds;
		this.panels = panels;
		this.jurors = jurors;
		this.assignments = assignments;
		this.desk = desk;
		this.program = program;
		this.progress = progress;
		this.accounts = accounts;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		Long editionId = program.award(EDITION, "1.1").map(AwardInfo::editionId).orElse(null);
		CurrentUser admin = accounts.findByEmail("bantochuc@demo.i4impact.vn").orElse(null);
		CurrentUser demoJuror = accounts.findByEmail("giamkhao@demo.i4impact.vn").orElse(null);
		if (editionId == null || admin == null || demoJuror == null || !rounds.ofEdition(editionId).isEmpty()) {
			return;
		}
		try {
			load(editionId, admin, demoJuror);
		}
		catch (RuntimeException ex) {
			// the demo is a convenience: a failure here must not stop the portal from starting
			log.warn("Jury demo data not loaded: {}", ex.toString());
		}
	}

	private void load(long editionId, CurrentUser admin, CurrentUser demoJuror) {
		rounds.createDefaults(editionId);
		Round preliminary = rounds.findOne(editionId, RoundKind.PRELIMINARY);
		Instant now = clock.instant();
		rounds.configure(preliminary.getId(), preliminary.getVersion(), now.minus(Duration.ofDays(1)),
				now.plus(Duration.ofDays(14)), preliminary.getInstructionsVi(), preliminary.getInstructionsEn(), 2, false);
		List<Long> members = new ArrayList<>(List.of(demoJuror.id()));
		jurors.save(new JurorProfile(demoJuror.id(), demoJuror.email(), demoJuror.fullName(), "GS.TS.",
				"Học viện Công nghệ Bưu chính Viễn thông", null, "1.1, 1.3, 2.2", List.of()));
		for (String[] j : JURORS) {
			CurrentUser u = accounts.findByEmail(j[0])
				.orElseGet(() -> accounts.createActive(j[0], j[1], PASSWORD, Set.of(Role.JUROR)));
			jurors.save(new JurorProfile(u.id(), u.email(), u.fullName(), j[1].substring(0, j[1].indexOf(' ')), j[2],
					null, null, List.of()));
			members.add(u.id());
		}
		for (AwardInfo award : program.awards(editionId)) {
			panels.set(preliminary.getId(), award.id(), members, demoJuror.id());
		}
		int taken = rounds.open(preliminary.getId(), rounds.currentVersion(preliminary.getId()), admin.id());
		Assigner.Result result = assignments.autoAssign(preliminary.getId(), admin.id());
		assignments.publish(preliminary.getId());
		startOneSheet(preliminary.getId(), demoJuror.id());
		log.info("Jury demo: preliminary round open with {} dossiers, {} assignments, {} demo jurors", taken,
				result.added().size(), members.size());
	}

	/** Another juror declares no conflict and scores two criteria, so the secretariat sees a sheet in progress. */
	private void startOneSheet(long roundId, long demoJurorId) {
		for (Progress.Line line : progress.dossiers(roundId)) {
			for (Progress.Seat seat : line.seats()) {
				if (seat.jurorId() == demoJurorId) {
					continue;
				}
				desk.declare(seat.jurorId(), roundId, line.nominationId(), false, null);
				JurorAssignment a = desk.assignment(seat.jurorId(), roundId, line.nominationId());
				List<Criterion> set = desk.criteria(a);
				desk.save(seat.jurorId(), roundId, line.nominationId(), -1,
						Map.of(set.get(0).id(), 8, set.get(1).id(), 7),
						Map.of(set.get(0).id(), "Tác động rõ ràng, có số liệu đo được."), null);
				return;
			}
		}
	}

}
