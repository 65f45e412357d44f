package vn.i4impact.portal.demo;

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

	private final DemoDossiers dossiers;

	private final boolean enabled;

	private String port = "8080";

	DemoData(EditionCloning cloning, Accounts accounts, JdbcClient jdbc, Clock clock, DemoDossiers dossiers,
			@Value("${portal.demo.enabled:true}") boolean enabled) {
		this.cloning = cloning;
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
		this.dossiers = dossiers;
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
		int dossiers = this.dossiers.load(id, PASSWORD, accounts.findByEmail(ACCOUNTS[1].email()).orElseThrow().id());
		log.info("Demo data loaded: edition {} (current, open for nominations), {} accounts, {} submitted dossiers",
				EDITION, ACCOUNTS.length, dossiers);
	}

}
