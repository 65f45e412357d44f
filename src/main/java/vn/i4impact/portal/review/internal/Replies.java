package vn.i4impact.portal.review.internal;

import java.sql.Timestamp;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.i4impact.portal.nomination.NominationSubmitted;

/**
 * The unit's reply to a request for changes arrives on the submitted event and is kept with that request, so the
 * secretariat reads it beside what it asked. In the submitting transaction: the reply is stored with the submission
 * or not at all.
 */
@Component
class Replies {

	private final JdbcClient jdbc;

	Replies(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(NominationSubmitted event) {
		if (event.reply() == null) {
			return;
		}
		jdbc.sql("""
				update nomination_decision set reply = ?, replied_at = ?
				where id = (select id from nomination_decision where nomination_id = ? and decision = 'CHANGES_REQUESTED'
				            order by at desc, id desc limit 1)""")
			.params(event.reply(), Timestamp.from(event.at()), event.nominationId()).update();
	}

}
