package vn.i4impact.portal.jury.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.UnitApplications;
import vn.i4impact.portal.program.EditionCloning;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.review.Screening;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.shared.db.EmbeddedDatabaseCondition;

/**
 * A second demo edition (embedded database only) whose preliminary round is already CLOSED, so the demo secretary and
 * committee can try the ranking, the robustness report, the shortlist and the sealed minutes at once: eight eligible
 * dossiers of award 1.1 (two honourees planned, so four are shortlisted by default), four demo jurors — one harsh,
 * one lenient — three sheets per dossier, and two dossiers close to the line. The final round waits (DRAFT) with a
 * panel of two. The first demo edition keeps its open round for the demo juror.
 */
@Component
@Conditional(EmbeddedDatabaseCondition.class)
@Order(30)
public class RankingDemoData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(RankingDemoData.class);

	public static final String EDITION = "demo-i4-impact-xep-hang";

	/** Each juror's lean in tenths of a score point (0–10 scale): harsh, neutral, lenient, neutral. */
	static final String[][] JURORS = { { "giamkhao2@chuyengia-demo.vn", "-15" }, { "giamkhao3@chuyengia-demo.vn", "0" },
			{ "giamkhao4@chuyengia-demo.vn", "15" }, { "giamkhao5@chuyengia-demo.vn", "0" } };

	/** Unit, title and the dossier's merit (0–10); the 4th and 5th are the pair near the line. */
	static final String[][] DOSSIERS = {
			{ "Tập đoàn Công nghệ Sông Hồng (demo)", "Nhà máy thông minh cho ngành dệt may", "8.6" },
			{ "Công ty Cổ phần Robot Đông Á (demo)", "Robot hàn tự động cho cơ khí vừa và nhỏ", "8.1" },
			{ "Công ty TNHH Dữ liệu Mekong (demo)", "Nền tảng dữ liệu nông sản truy xuất nguồn gốc", "7.5" },
			{ "Công ty Cổ phần Năng lượng Số Miền Trung (demo)", "Lưới điện thông minh cho khu công nghiệp", "6.9" },
			{ "Công ty Cổ phần Thép Xanh Việt (demo)", "Tối ưu tiêu thụ năng lượng lò luyện bằng AI", "6.7" },
			{ "Công ty TNHH Thiết bị Y tế An Khang (demo)", "Thiết bị theo dõi bệnh nhân từ xa", "6.1" },
			{ "Công ty Cổ phần Vận tải Số Bắc Nam (demo)", "Điều phối đội xe tải theo thời gian thực", "5.4" },
			{ "Công ty TNHH Giải pháp In 3D Sài Gòn (demo)", "In 3D linh kiện thay thế cho nhà máy", "4.6" } };

	private final EditionCloning cloning;

	private final RoundService rounds;

	private final Panels panels;

	private final Jurors jurors;

	private final AssignmentService assignments;

	private final JurorDesk desk;

	private final Accounts accounts;

	private final UnitApplications applications;

	private final ProgramCatalog program;

	private final Screening screening;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final boolean enabled;

	public RankingDemoData(EditionCloning cloning, RoundService rounds, Panels panels, Jurors jurors,
			AssignmentService assignments, JurorDesk desk, Accounts accounts, UnitApplications applications,
			ProgramCatalog program, Screening screening, JdbcClient jdbc, Clock clock,
			@Value("${portal.demo.enabled:true}") boolean enabled) {
		this.applications = applications;
		this.program = program;
		this.screening = screening;
		this.cloning = cloning;
		this.rounds = rounds;
		this.panels = panels;
		this.jurors = jurors;
		this.assignments = assignments;
		this.desk = desk;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void run(ApplicationArguments args) {
		CurrentUser admin = accounts.findByEmail("bantochuc@demo.i4impact.vn").orElse(null);
		CurrentUser applicant = accounts.findByEmail("donvi@demo.i4impact.vn").orElse(null);
		boolean loaded = jdbc.sql("select count(*) from edition where code = ?").param(EDITION).query(Long.class)
			.single() > 0;
		if (!enabled || admin == null || applicant == null || loaded) {
			return;
		}
		try {
			load(admin, applicant);
		}
		catch (RuntimeException ex) {
			// the demo is a convenience: a failure here must not stop the portal from starting
			log.warn("Ranking demo data not loaded: {}", ex.toString());
		}
	}

	void load(CurrentUser admin, CurrentUser applicant) {
		Instant now = clock.instant();
		Instant source = jdbc.sql("""
				select p.starts_at from edition_phase p join edition e on e.id = p.edition_id
				where e.code = 'i4-impact-2026' and p.kind = 'NOMINATION'""").query(Instant.class).single();
		long editionId = cloning.cloneEdition("i4-impact-2026", new EditionCloning.NewEdition(EDITION,
				LocalDate.now(clock).getYear(), "Vietnam I4 Impact Awards – kỳ thử nghiệm xếp hạng (DEMO)",
				"Vietnam I4 Impact Awards – ranking demo edition", "I4 Impact Awards DEMO xếp hạng", true),
				Duration.between(source, now.minus(Duration.ofDays(7))));
		long awardId = jdbc.sql("select id from award where edition_id = ? and code = '1.1'").param(editionId)
			.query(Long.class).single();
		jdbc.sql("update award set planned_honourees = 2 where id = ?").param(awardId).update();
		List<Long> dossiers = dossiers(awardId, admin.id());

		List<CurrentUser> members = new ArrayList<>();
		Map<Long, Integer> lean = new HashMap<>();
		for (String[] j : JURORS) {
			CurrentUser u = accounts.findByEmail(j[0]).orElse(null);
			if (u == null) {
				// the first demo's jurors keep their profiles; a new one gets a plain one
				u = accounts.createActive(j[0], "TS. Giám khảo " + j[0].substring(8, 9), JuryDemoData.PASSWORD,
						Set.of(Role.JUROR));
				jurors.save(new JurorProfile(u.id(), u.email(), u.fullName(), "TS.", "Hội đồng chuyên môn (demo)", null,
						null, List.of()));
			}
			members.add(u);
			lean.put(u.id(), Integer.parseInt(j[1]));
		}
		rounds.createDefaults(editionId);
		Round preliminary = rounds.findOne(editionId, RoundKind.PRELIMINARY);
		rounds.configure(preliminary.getId(), preliminary.getVersion(), now.minus(Duration.ofDays(10)),
				now.plus(Duration.ofDays(1)), preliminary.getInstructionsVi(), preliminary.getInstructionsEn(), 3, false);
		panels.set(preliminary.getId(), awardId, members.stream().map(CurrentUser::id).toList(), members.get(1).id());
		rounds.open(preliminary.getId(), rounds.currentVersion(preliminary.getId()), admin.id());
		assignments.autoAssign(preliminary.getId(), admin.id());
		int sheets = 0;
		for (int i = 0; i < dossiers.size(); i++) {
			double merit = Double.parseDouble(DOSSIERS[i][2]);
			for (long juror : jdbc.sql("select juror_id from jury_assignment where round_id = ? and nomination_id = ? order by juror_id")
				.params(preliminary.getId(), dossiers.get(i)).query(Long.class).list()) {
				score(preliminary.getId(), dossiers.get(i), juror, merit + lean.get(juror) / 10.0);
				sheets++;
			}
		}
		rounds.close(preliminary.getId(), rounds.currentVersion(preliminary.getId()), admin.id());

		Round fin = rounds.findOne(editionId, RoundKind.FINAL);
		rounds.configure(fin.getId(), fin.getVersion(), now.minus(Duration.ofHours(1)), now.plus(Duration.ofDays(14)),
				fin.getInstructionsVi(), fin.getInstructionsEn(), null, false);
		panels.set(fin.getId(), awardId, List.of(members.get(0).id(), members.get(2).id()), members.get(0).id());
		log.info("Ranking demo: edition {} with its preliminary round closed ({} dossiers, {} sheets)", EDITION,
				dossiers.size(), sheets);
	}

	/** The juror's sheet: the criteria around the dossier's merit plus the juror's lean, whole numbers in 0..10. */
	private void score(long roundId, long nominationId, long juror, double level) {
		desk.declare(juror, roundId, nominationId, false, null);
		JurorAssignment a = desk.assignment(juror, roundId, nominationId);
		Map<Long, Integer> scores = new HashMap<>();
		int k = 0;
		for (Criterion c : desk.criteria(a)) {
			// a small, fixed wobble per criterion so sheets are not flat
			double wobble = ((nominationId + juror + k++) % 3) - 1;
			scores.put(c.id(), (int) Math.max(0, Math.min(10, Math.round(level + wobble * 0.6))));
		}
		desk.submit(juror, roundId, nominationId, -1, scores, Map.of(),
				"Nhận xét chung (demo): hồ sơ rõ ràng, cần bổ sung số liệu đo lường tác động.");
	}

	/**
	 * Eligible dossiers of award 1.1, made as units make them (an account per unit, answers, a PDF, submission through
	 * {@link UnitApplications}) and found eligible through the secretariat's {@link Screening}.
	 */
	private List<Long> dossiers(long awardId, long secretaryId) {
		List<Long> ids = new ArrayList<>();
		List<Question> questions = program.questions(awardId);
		for (int i = 0; i < DOSSIERS.length; i++) {
			String[] d = DOSSIERS[i];
			String email = "xephang" + (i + 1) + "@donvi-demo.vn";
			CurrentUser unit = accounts.findByEmail(email).orElseGet(() -> accounts.createActiveApplicant(email,
					"Cán bộ đầu mối " + d[0], JuryDemoData.PASSWORD, d[0], UnitType.ENTERPRISE, "ha-noi", null));
			long id = applications.startSelf(unit.id(), awardId);
			Map<Long, String> answers = new HashMap<>();
			for (Question q : questions) {
				if (q.required() && q.kind().isFile()) {
					applications.attach(unit.id(), id, q.id(), pdf(d[1]), "Thuyết minh giải pháp.pdf");
				}
				else if (q.required()) {
					answers.put(q.id(), q.sampleAnswer(d[1] + ": giải pháp đã triển khai tại nhà máy, có số liệu đo lường."));
				}
			}
			applications.answer(unit.id(), id, d[1], answers);
			applications.submit(unit.id(), id);
			screening.markEligible(id, screening.dossier(id).version(), secretaryId);
			ids.add(id);
		}
		return ids;
	}

	/** A small well-formed PDF that names the dossier. */
	private static byte[] pdf(String title) {
		return ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + title + "\ntrailer << /Root 1 0 R >>\n%%EOF\n")
			.getBytes(StandardCharsets.UTF_8);
	}

}
