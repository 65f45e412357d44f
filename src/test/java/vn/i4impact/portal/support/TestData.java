package vn.i4impact.portal.support;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.program.EditionCloning;
import vn.i4impact.portal.shared.UnitType;

/** Builds accounts and reads the outbox for tests; every address is unique so tests never collide. */
@Component
public class TestData {

	public static final String PASSWORD = "Mot-cau-mat-khau-dai-2026";

	private static final AtomicInteger SEQ = new AtomicInteger();

	private final Accounts accounts;

	private final JdbcClient jdbc;

	private final EditionCloning cloning;

	TestData(Accounts accounts, JdbcClient jdbc, EditionCloning cloning) {
		this.accounts = accounts;
		this.jdbc = jdbc;
		this.cloning = cloning;
	}

	public static String uniqueEmail(String prefix) {
		return prefix + "-" + System.nanoTime() + "-" + SEQ.incrementAndGet() + "@test.i4impact.vn";
	}

	public CurrentUser user(Role role) {
		if (role == Role.APPLICANT) {
			return accounts.createActiveApplicant(uniqueEmail("applicant"), "Nguyễn Văn Thử", PASSWORD,
					"Công ty Thử nghiệm " + SEQ.incrementAndGet(), UnitType.ENTERPRISE, "ha-noi", "0100109106");
		}
		return accounts.createActive(uniqueEmail(role.name().toLowerCase()), "Cán bộ " + role.name(), PASSWORD,
				Set.of(role));
	}

	/**
	 * A fresh copy of the 2026 program (year 2027, not current) whose nomination window opened a day ago and closes in
	 * {@code daysLeft} days. Each call makes a new one, so tests never share dossiers or counters.
	 */
	public String openEdition(int daysLeft) {
		String code = "test-" + System.nanoTime() + "-" + SEQ.incrementAndGet();
		long id = cloning.cloneEdition("i4-impact-2026",
				new EditionCloning.NewEdition(code, 2027, "Kỳ thử " + code, "Test " + code, code, false),
				Duration.ZERO);
		jdbc.sql("update edition set status = 'OPEN' where id = ?").param(id).update();
		jdbc.sql("""
				update edition_phase set starts_at = now() - interval '1 day', ends_at = now() + make_interval(days => ?)
				where edition_id = ? and kind = 'NOMINATION'""").params(daysLeft, id).update();
		jdbc.sql("""
				update edition_phase set starts_at = now() + make_interval(days => ?) + interval '1 day',
				ends_at = now() + make_interval(days => ?) + interval '10 days'
				where edition_id = ? and kind = 'SECRETARIAT_REVIEW'""").params(daysLeft, daysLeft, id).update();
		return code;
	}

	public long editionId(String editionCode) {
		return jdbc.sql("select id from edition where code = ?").param(editionCode).query(Long.class).single();
	}

	/** A dossier's version as stored now: what a page opened this instant would post back. */
	public long version(long nominationId) {
		return jdbc.sql("select version from nomination where id = ?").param(nominationId).query(Long.class).single();
	}

	public long awardId(String editionCode, String awardCode) {
		return jdbc.sql("select a.id from award a join edition e on e.id = a.edition_id where e.code = ? and a.code = ?")
			.params(editionCode, awardCode).query(Long.class).single();
	}

	/** Moves an edition's nomination deadline into the past (a late submission). */
	public void closeWindow(String editionCode) {
		jdbc.sql("""
				update edition_phase set ends_at = now() - interval '1 second'
				where kind = 'NOMINATION' and edition_id = (select id from edition where code = ?)""").param(editionCode).update();
	}

	/** A minimal well-formed PDF of about {@code size} bytes. */
	public static byte[] pdf(int size) {
		StringBuilder b = new StringBuilder("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n");
		while (b.length() < size - 40) {
			b.append("% noi dung ho so du thi\n");
		}
		b.append("trailer << /Root 1 0 R >>\n%%EOF\n");
		return b.toString().getBytes(StandardCharsets.ISO_8859_1);
	}

	/** The newest mail to an address: subject and body. */
	public Mail lastMail(String to) {
		List<Mail> mails = jdbc.sql("select subject, body from mail_outbox where recipient = ? order by id desc")
			.param(to.toLowerCase())
			.query((rs, n) -> new Mail(rs.getString(1), rs.getString(2)))
			.list();
		if (mails.isEmpty()) {
			throw new AssertionError("no mail to " + to);
		}
		return mails.get(0);
	}

	public int mailCount(String to) {
		return jdbc.sql("select count(*) from mail_outbox where recipient = ?").param(to.toLowerCase())
			.query(Integer.class).single();
	}

	public record Mail(String subject, String body) {

		/** The first link in the body, made relative so MockMvc or a test server can follow it. */
		public String linkPath() {
			var m = Pattern.compile("https?://[^/\\s]+(/\\S*)").matcher(body);
			if (!m.find()) {
				throw new AssertionError("no link in mail: " + body);
			}
			return m.group(1);
		}

		public String token() {
			String path = linkPath();
			return path.substring(path.indexOf("token=") + 6);
		}

	}

}
