package vn.i4impact.portal.demo;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

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
import vn.i4impact.portal.shared.db.EmbeddedDatabaseCondition;

/**
 * The demo unit's own dossiers (issue 13, item 12): the account {@code donvi@…} finds a draft of its own, a draft
 * nominating a person whose consent is awaited, one submitted, one with changes requested and one eligible, so every
 * screen of the journey can be tried at once. Runs after {@link DemoData} (order 10) and before the jury's demo
 * (order 20), which takes the eligible one in with the other eligible demo dossiers. Once only.
 */
@Component
@Conditional(EmbeddedDatabaseCondition.class)
@Order(15)
class DemoUnitDossiers implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoUnitDossiers.class);

	record Own(String award, String kind, String nominee, String nomineeEmail, String title, String status,
			int daysAgo, boolean complete) {
	}

	static final Own[] DOSSIERS = {
			new Own("4.1", "SELF", null, null, "Trung tâm điều hành đô thị thông minh Hải Phòng", "DRAFT", 2, false),
			new Own("4.2", "OTHER", "TS. Vũ Thanh Tùng", "vu.thanh.tung@demo.i4impact.vn",
					"Người dẫn dắt chuyển đổi số ngành khoa học và công nghệ Hải Phòng", "DRAFT", 1, false),
			new Own("1.2", "SELF", null, null, "Nền tảng dữ liệu khoa học và công nghệ mở Hải Phòng", "SUBMITTED", 4,
					true),
			new Own("3.1", "SELF", null, null, "Số hóa di sản Hán Nôm của Hải Phòng", "CHANGES_REQUESTED", 6, true),
			new Own("1.3", "SELF", null, null, "Cổng thủ tục khoa học và công nghệ trực tuyến mức độ toàn trình",
					"ELIGIBLE", 8, true) };

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final Clock clock;

	private final boolean enabled;

	DemoUnitDossiers(Accounts accounts, JdbcClient jdbc, Clock clock,
			@Value("${portal.demo.enabled:true}") boolean enabled) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.clock = clock;
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
		if (editionId == null || userId == null || secretary == null) {
			return;
		}
		var unit = jdbc.sql("""
				select u.id, u.name, u.unit_type from unit u join unit_member m on m.unit_id = u.id where m.user_id = ?""")
			.param(userId).query((rs, i) -> new Object[] { rs.getLong(1), rs.getString(2), rs.getString(3) }).optional();
		if (unit.isEmpty() || jdbc.sql("select count(*) from nomination where unit_id = ?").param(unit.get()[0])
			.query(Long.class).single() > 0) {
			return;
		}
		int made = 0;
		for (Own d : DOSSIERS) {
			if (insert(editionId, (long) unit.get()[0], (String) unit.get()[1], (String) unit.get()[2], userId,
					secretary, d)) {
				made++;
			}
		}
		log.info("Demo unit {}: {} dossiers of its own (draft, consent awaited, submitted, changes requested, eligible)",
				unit.get()[1], made);
	}

	private boolean insert(long editionId, long unitId, String unitName, String unitType, long userId, long secretary,
			Own d) {
		Long awardId = jdbc.sql("select id from award where edition_id = ? and code = ?").params(editionId, d.award())
			.query(Long.class).optional().orElse(null);
		if (awardId == null) {
			return false;
		}
		Instant now = clock.instant();
		Timestamp created = Timestamp.from(now.minus(Duration.ofDays(d.daysAgo())).minus(Duration.ofHours(3)));
		Timestamp submitted = "DRAFT".equals(d.status()) ? null
				: Timestamp.from(now.minus(Duration.ofDays(d.daysAgo())));
		String reference = null;
		if (submitted != null) {
			int seq = jdbc.sql("""
					insert into nomination_counter (award_id, last_number) values (?, 1)
					on conflict (award_id) do update set last_number = nomination_counter.last_number + 1
					returning last_number""").param(awardId).query(Integer.class).single();
			reference = String.format("I4IA-DEMO-%d-%s-%04d", LocalDate.now(clock).getYear(), d.award(), seq);
		}
		boolean self = "SELF".equals(d.kind());
		String nominee = self ? unitName : d.nominee();
		Timestamp due = "CHANGES_REQUESTED".equals(d.status()) ? Timestamp.from(now.plus(Duration.ofDays(5))) : null;
		long id = jdbc.sql("""
				insert into nomination (edition_id, award_id, unit_id, kind, nominee_type, nominee_name, nominee_key,
				    nominee_position, nominee_organisation, nominee_email, title, status, reference_code, consent_status,
				    declaration_at, created_by, created_at, updated_at, submitted_at, changes_due_at)
				values (?, ?, ?, ?, ?, ?, f_unaccent(lower(?)), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				returning id""")
			.params(editionId, awardId, unitId, d.kind(), self ? unitType : "INDIVIDUAL", nominee, nominee,
					self ? null : "Giám đốc Trung tâm Thông tin và Thống kê khoa học và công nghệ",
					self ? null : unitName, d.nomineeEmail(), d.title(), d.status(), reference,
					self ? "NOT_NEEDED" : "PENDING", submitted, userId, created, submitted != null ? submitted : created,
					submitted, due)
			.query(Long.class).single();
		// a draft has some answers typed, a submitted dossier every required one
		jdbc.sql("""
				insert into nomination_answer (nomination_id, question_id, value)
				select ?, q.id, case q.kind when 'INTEGER' then '18' when 'DECIMAL' then '2,5'
				    when 'DATE' then '2024-09-01' when 'YES_NO' then 'true' when 'SINGLE_CHOICE' then '0'
				    when 'URL' then 'https://i4impact.vn/demo' else ? end
				from award_question q
				where q.edition_id = ? and (q.award_id is null or q.award_id = ?) and q.required and q.kind <> 'FILE'
				  and (? or q.kind in ('LONG_TEXT', 'SHORT_TEXT') and q.sort_order <= 2)""")
			.params(id, d.title() + ": triển khai từ năm 2023, phục vụ doanh nghiệp và nhà khoa học trên toàn thành phố.",
					editionId, awardId, d.complete())
			.update();
		history(id, null, "DRAFT", created, userId);
		if (submitted != null) {
			history(id, "DRAFT", "SUBMITTED", submitted, userId);
		}
		if (!"DRAFT".equals(d.status()) && !"SUBMITTED".equals(d.status())) {
			Timestamp decided = Timestamp.from(now.minus(Duration.ofDays(1)));
			jdbc.sql("""
					insert into nomination_decision (nomination_id, decision, message, due_at, actor_id, at)
					values (?, ?, ?, ?, ?, ?)""")
				.params(id, d.status(), due == null ? null
						: "Đề nghị bổ sung danh mục tài liệu đã số hóa và số lượt truy cập năm 2025 (demo).", due,
						secretary, decided)
				.update();
			history(id, "SUBMITTED", d.status(), decided, secretary);
		}
		return true;
	}

	private void history(long id, String from, String to, Timestamp at, long actor) {
		jdbc.sql("""
				insert into nomination_status_history (nomination_id, from_status, to_status, at, actor_id)
				values (?, ?, ?, ?, ?)""").params(id, from, to, at, actor).update();
	}

}
