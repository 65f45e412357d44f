package vn.i4impact.portal.account.internal;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.i4impact.portal.account.MailLog;

@Component
class JdbcMailLog implements MailLog {

	private final JdbcClient jdbc;

	JdbcMailLog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<SentMail> about(String topic) {
		return jdbc.sql("""
				select id, recipient, subject, body, status, created_at, sent_at, attachment_name
				from mail_outbox where topic = ? order by created_at, id""")
			.param(topic)
			.query((rs, i) -> new SentMail(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getTimestamp(6).toInstant(),
					rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant(), rs.getString(8)))
			.list();
	}

}
