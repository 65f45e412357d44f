package vn.i4impact.portal.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.EnvironmentAware;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.program.EditionCloning;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.shared.db.EmbeddedDatabaseCondition;

/**
 * Demo data for the embedded database only: a demo edition whose nomination window is open around today, and one
 * account per role, printed at every start so a newcomer can try each role at once. Never runs against an external
 * database.
 */
@Component
@Conditional(EmbeddedDatabaseCondition.class)
@Order(10)
class DemoData implements ApplicationRunner, EnvironmentAware {

	private static final Logger log = LoggerFactory.getLogger(DemoData.class);

	static final String EDITION = "demo-i4-impact";

	static final String PASSWORD = "Demo-I4-Impact!";

	private final EditionCloning cloning;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final boolean enabled;

	private String port = "8080";

	DemoData(EditionCloning cloning, Accounts accounts, JdbcClient jdbc, Clock clock,
			@Value("${portal.demo.enabled:true}") boolean enabled) {
		this.cloning = cloning;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
		this.enabled = enabled;
	}

	@Override
	public void setEnvironment(Environment environment) {
		// the runner runs after the web server started, so the real port is known
		port = environment.getProperty("local.server.port", environment.getProperty("server.port", "8080"));
	}

	record DemoAccount(String email, String name, Role role) {
	}

	static final DemoAccount[] ACCOUNTS = { new DemoAccount("donvi@demo.i4impact.vn", "Nguyễn Thị Hồng", Role.APPLICANT),
			new DemoAccount("thuky@demo.i4impact.vn", "Trần Văn Bình", Role.SECRETARIAT),
			new DemoAccount("giamkhao@demo.i4impact.vn", "GS.TS. Lê Minh Châu", Role.JUROR),
			new DemoAccount("bantochuc@demo.i4impact.vn", "Phạm Quốc Dũng", Role.ADMIN) };

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		boolean loaded = jdbc.sql("select count(*) from edition where code = ?").param(EDITION).query(Long.class)
			.single() > 0;
		if (!loaded) {
			load();
		}
		StringBuilder banner = new StringBuilder("\n\n  Demo accounts (password for all: ").append(PASSWORD).append(")\n");
		for (DemoAccount a : ACCOUNTS) {
			banner.append(String.format("    %-12s %s%n", a.role(), a.email()));
		}
		banner.append("  Portal: http://localhost:").append(port).append("/\n");
		log.info(banner.toString());
	}

	/** A unit of the demo with one dossier submitted for an award, so the secretariat's screens have something to show. */
	record DemoDossier(String unit, UnitType type, String province, String award, String title, int daysAgo,
			String status) {
	}

	static final DemoDossier[] DOSSIERS = {
			new DemoDossier("UBND thành phố Đà Nẵng (demo)", UnitType.LOCALITY, "da-nang", "1.3",
					"Nền tảng chính quyền số Đà Nẵng", 6, "SUBMITTED"),
			new DemoDossier("Công ty Cổ phần Công nghệ Sao Bắc Hà (demo)", UnitType.ENTERPRISE, "ha-noi", "1.1",
					"Hạ tầng điện toán đám mây cho doanh nghiệp nhỏ", 5, "SUBMITTED"),
			new DemoDossier("Sở Y tế Thành phố Hồ Chí Minh (demo)", UnitType.STATE_BODY, "ho-chi-minh", "1.3",
					"Hồ sơ sức khỏe điện tử cho mọi người dân", 5, "ELIGIBLE"),
			new DemoDossier("Viện Công nghệ Nông nghiệp Cần Thơ (demo)", UnitType.RESEARCH_INSTITUTE, "can-tho", "2.2",
					"Cảm biến độ mặn cho nông dân đồng bằng sông Cửu Long", 4, "SUBMITTED"),
			new DemoDossier("Công ty TNHH Khởi nghiệp Xanh Huế (demo)", UnitType.STARTUP, "hue", "2.1",
					"Ứng dụng kết nối người khuyết tật với việc làm", 3, "CHANGES_REQUESTED"),
			new DemoDossier("Hiệp hội Du lịch Quảng Ninh (demo)", UnitType.ASSOCIATION, "quang-ninh", "3.1",
					"Bảo tàng số di sản Hạ Long", 2, "SUBMITTED"),
			new DemoDossier("Công ty Cổ phần Logistics Hải Phòng (demo)", UnitType.ENTERPRISE, "hai-phong", "2.3",
					"Cảng thông minh và thông quan điện tử", 1, "SUBMITTED") };

	/** Inserted with SQL: the demo module does not reach into the nomination module's internals. */
	private int loadDossiers(long editionId) {
		Instant now = clock.instant();
		int number = 0;
		for (DemoDossier d : DOSSIERS) {
			Long awardId = jdbc.sql("select id from award where edition_id = ? and code = ?").params(editionId, d.award())
				.query(Long.class).optional().orElse(null);
			boolean provinceKnown = jdbc.sql("select count(*) from province where code = ?").param(d.province())
				.query(Long.class).single() > 0;
			if (awardId == null || !provinceKnown) {
				continue;
			}
			Timestamp at = Timestamp.from(now.minus(Duration.ofDays(d.daysAgo())).minus(Duration.ofHours(2)));
			long unitId = jdbc.sql("insert into unit (name, unit_type, province_code, created_at) values (?, ?, ?, ?) returning id")
				.params(d.unit(), d.type().name(), d.province(), at).query(Long.class).single();
			long userId = accounts.findByEmail(ACCOUNTS[0].email()).orElseThrow().id();
			int seq = jdbc.sql("""
					insert into nomination_counter (award_id, last_number) values (?, 1)
					on conflict (award_id) do update set last_number = nomination_counter.last_number + 1
					returning last_number""").param(awardId).query(Integer.class).single();
			String reference = String.format("I4IA-DEMO-%d-%s-%04d", LocalDate.now(clock).getYear(), d.award(), seq);
			Timestamp due = "CHANGES_REQUESTED".equals(d.status()) ? Timestamp.from(now.plus(Duration.ofDays(5))) : null;
			long nominationId = jdbc.sql("""
					insert into nomination (edition_id, award_id, unit_id, kind, nominee_type, nominee_name, nominee_key,
					    title, status, reference_code, consent_status, declaration_at, created_by, created_at, updated_at,
					    submitted_at, changes_due_at)
					values (?, ?, ?, 'SELF', ?, ?, f_unaccent(lower(?)), ?, ?, ?, 'NOT_NEEDED', ?, ?, ?, ?, ?, ?)
					returning id""")
				.params(editionId, awardId, unitId, d.type().name(), d.unit(), d.unit(), d.title(), d.status(), reference,
						at, userId, at, at, at, due)
				.query(Long.class).single();
			jdbc.sql("""
					insert into nomination_answer (nomination_id, question_id, value)
					select ?, q.id, case q.kind when 'INTEGER' then '12000' when 'DECIMAL' then '2,5'
					    when 'DATE' then '2025-03-01' when 'YES_NO' then 'true' when 'SINGLE_CHOICE' then '0'
					    when 'URL' then 'https://i4impact.vn/demo' else ? end
					from award_question q
					where q.edition_id = ? and (q.award_id is null or q.award_id = ?) and q.required and q.kind <> 'FILE'""")
				.params(nominationId, d.title() + ": giải pháp đã triển khai thực tế, phục vụ hàng nghìn người dân và doanh nghiệp.",
						editionId, awardId)
				.update();
			jdbc.sql("insert into nomination_status_history (nomination_id, from_status, to_status, at, actor_id) values (?, 'DRAFT', 'SUBMITTED', ?, ?)")
				.params(nominationId, at, userId).update();
			if (!"SUBMITTED".equals(d.status())) {
				long secretary = accounts.findByEmail(ACCOUNTS[1].email()).orElseThrow().id();
				Timestamp decided = Timestamp.from(now.minus(Duration.ofDays(1)));
				jdbc.sql("""
						insert into nomination_decision (nomination_id, decision, message, due_at, actor_id, at)
						values (?, ?, ?, ?, ?, ?)""")
					.params(nominationId, d.status(), due == null ? null : "Đề nghị bổ sung số liệu người dùng năm 2025 (demo).",
							due, secretary, decided)
					.update();
				jdbc.sql("insert into nomination_status_history (nomination_id, from_status, to_status, at, actor_id) values (?, 'SUBMITTED', ?, ?, ?)")
					.params(nominationId, d.status(), decided, secretary).update();
			}
			number++;
		}
		return number;
	}

	private void load() {
		// shift the 2026 timeline so that the demo's nomination window opened a week ago
		Instant source = jdbc.sql("""
				select p.starts_at from edition_phase p join edition e on e.id = p.edition_id
				where e.code = 'i4-impact-2026' and p.kind = 'NOMINATION'""").query(Instant.class).single();
		Instant target = LocalDate.now(clock).minusDays(7).atTime(8, 0).atZone(PortalTime.ZONE).toInstant();
		long id = cloning.cloneEdition("i4-impact-2026",
				new EditionCloning.NewEdition(EDITION, LocalDate.now(clock).getYear(),
						"Vietnam I4 Impact Awards – kỳ thử nghiệm (DEMO)", "Vietnam I4 Impact Awards – demo edition",
						"I4 Impact Awards DEMO", true),
				Duration.between(source, target));
		cloning.openAndMakeCurrent(id);
		for (DemoAccount a : ACCOUNTS) {
			if (accounts.findByEmail(a.email()).isPresent()) {
				continue;
			}
			if (a.role() == Role.APPLICANT) {
				accounts.createActiveApplicant(a.email(), a.name(), PASSWORD, "Sở Khoa học và Công nghệ Hải Phòng (demo)",
						UnitType.STATE_BODY, "hai-phong", null);
			}
			else {
				accounts.createActive(a.email(), a.name(), PASSWORD, Set.of(a.role()));
			}
		}
		int dossiers = loadDossiers(id);
		log.info("Demo data loaded: edition {} (current, open for nominations), {} accounts, {} submitted dossiers",
				EDITION, ACCOUNTS.length, dossiers);
	}

}
