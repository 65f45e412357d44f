package vn.i4impact.portal.demo;

import java.util.HashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.nomination.UnitApplications;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.shared.db.EmbeddedDatabaseCondition;

/**
 * The demo unit's own dossiers (issue 13, item 12): the account {@code donvi@…} finds a draft of its own, a draft
 * nominating a person whose consent is awaited, one submitted, one with changes requested and one eligible, so every
 * screen of the journey can be tried at once. Made as the unit makes them (through {@link UnitApplications}) and
 * decided as the secretariat decides. Runs after {@link DemoData} (order 10) and before the jury's demo (order 20),
 * which takes the eligible one in with the other eligible demo dossiers. Once only.
 */
@Component
@Conditional(EmbeddedDatabaseCondition.class)
@Order(15)
class DemoUnitDossiers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoUnitDossiers.class);

	/** One dossier of the demo unit: a person to nominate (null: the unit itself), and how far it has got. */
	record Own(String award, UnitApplications.Person person, String title, NominationStatus status) {
	}

	static final Own[] DOSSIERS = {
			new Own("4.1", null, "Trung tâm điều hành đô thị thông minh Hải Phòng", NominationStatus.DRAFT),
			new Own("4.2", new UnitApplications.Person("TS. Vũ Thanh Tùng",
					"Giám đốc Trung tâm Thông tin và Thống kê khoa học và công nghệ",
					"Sở Khoa học và Công nghệ Hải Phòng (demo)", "vu.thanh.tung@demo.i4impact.vn", null),
					"Người dẫn dắt chuyển đổi số ngành khoa học và công nghệ Hải Phòng", NominationStatus.DRAFT),
			new Own("1.2", null, "Nền tảng dữ liệu khoa học và công nghệ mở Hải Phòng", NominationStatus.SUBMITTED),
			new Own("3.1", null, "Số hóa di sản Hán Nôm của Hải Phòng", NominationStatus.CHANGES_REQUESTED),
			new Own("1.3", null, "Cổng thủ tục khoa học và công nghệ trực tuyến mức độ toàn trình",
					NominationStatus.ELIGIBLE) };

	private final Accounts accounts;

	private final UnitApplications applications;

	private final ProgramCatalog program;

	private final DemoDossiers demo;

	private final JdbcClient jdbc;

	private final boolean enabled;

	DemoUnitDossiers(Accounts accounts, UnitApplications applications, ProgramCatalog program, DemoDossiers demo,
			JdbcClient jdbc, @Value("${portal.demo.enabled:true}") boolean enabled) {
		this.accounts = accounts;
		this.applications = applications;
		this.program = program;
		this.demo = demo;
		this.jdbc = jdbc;
		this.enabled = enabled;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (!enabled) {
			return;
		}
		Long editionId = jdbc.sql("select id from edition where code = ?").param(DemoData.EDITION).query(Long.class)
			.optional().orElse(null);
		Long userId = accounts.findByEmail(DemoData.ACCOUNTS[0].email()).map(u -> u.id()).orElse(null);
		Long secretary = accounts.findByEmail(DemoData.ACCOUNTS[1].email()).map(u -> u.id()).orElse(null);
		if (editionId == null || userId == null || secretary == null || jdbc.sql("""
				select count(*) from nomination n join unit_member m on m.unit_id = n.unit_id where m.user_id = ?""")
			.param(userId).query(Long.class).single() > 0) {
			return;
		}
		int made = 0;
		for (Own d : DOSSIERS) {
			AwardInfo award = program.awards(editionId).stream().filter(a -> a.code().equals(d.award())).findFirst()
				.orElse(null);
			if (award != null) {
				make(award, userId, secretary, d);
				made++;
			}
		}
		log.info("Demo unit: {} dossiers of its own (draft, consent awaited, submitted, changes requested, eligible)",
				made);
	}

	/** A draft has its first two text answers typed; a dossier that went further has every required one and its file. */
	private void make(AwardInfo award, long userId, long secretary, Own d) {
		long id = d.person() == null ? applications.startSelf(userId, award.id())
				: applications.startForPerson(userId, award.id(), d.person());
		boolean complete = d.status() != NominationStatus.DRAFT;
		Map<Long, String> answers = new HashMap<>();
		for (Question q : program.questions(award.id())) {
			if (!q.required()) {
				continue;
			}
			if (q.kind().isFile()) {
				if (complete) {
					applications.attach(userId, id, q.id(), DemoDossiers.pdf(d.title()), "Thuyết minh giải pháp.pdf");
				}
			}
			else if (complete || answers.size() < 2 && !q.kind().hasOptions()) {
				answers.put(q.id(), q.sampleAnswer(d.title() + DemoDossiers.SAMPLE));
			}
		}
		applications.answer(userId, id, d.title(), answers);
		if (complete) {
			applications.submit(userId, id);
			demo.decide(id, d.status(), secretary);
		}
	}

}
