package vn.i4impact.portal.support;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.shared.UnitType;

/** Builds accounts and reads the outbox for tests; every address is unique so tests never collide. */
@Component
public class TestData {

	public static final String PASSWORD = "Mot-cau-mat-khau-dai-2026";

	private static final AtomicInteger SEQ = new AtomicInteger();

	private final Accounts accounts;

	private final JdbcClient jdbc;

	TestData(Accounts accounts, JdbcClient jdbc) {
		this.accounts = accounts;
		this.jdbc = jdbc;
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
			var m = java.util.regex.Pattern.compile("https?://[^/\\s]+(/\\S*)").matcher(body);
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
