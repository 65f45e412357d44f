package vn.i4impact.portal.nomination.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

/**
 * A receipt owed when the app died after the submit's commit, before the listener mailed it, is mailed when the
 * event publication registry republishes the incomplete publication (what a restart does), once.
 */
@PortalTest
class ReceiptMailerTest {

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	JdbcClient jdbc;

	private long pending(long nominationId) {
		return jdbc.sql("""
				select count(*) from event_publication where completion_date is null
				and listener_id like '%ReceiptMailer%' and serialized_event like ?""")
			.param("%\"nominationId\":" + nominationId + ",%").query(Long.class).single();
	}

	@Test
	void aReceiptOwedWhenTheAppDiedAfterCommitIsMailedAfterRestartAndOnlyOnce() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser me = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(me, edition, "3.1");
		dossiers.submit(me, n);
		assertThat(data.mailCount(me.email())).isEqualTo(1);
		assertThat(data.lastMail(me.email()).subject()).contains(jdbc.sql(
				"select reference_code from nomination where id = ?").param(n.getId()).query(String.class).single());
		assertThat(jdbc.sql("""
				select count(*) from event_publication where completion_date is not null
				and listener_id like '%ReceiptMailer%' and serialized_event like ?""")
			.param("%\"nominationId\":" + n.getId() + ",%").query(Long.class).single())
			.as("the submit registered the listener's work and the listener completed it").isEqualTo(1);

		// as if the process had died between the commit and the mail: the publication is incomplete, the receipt owed
		jdbc.sql("""
				update event_publication set completion_date = null, status = 'PUBLISHED'
				where listener_id like '%ReceiptMailer%' and serialized_event like ?""")
			.param("%\"nominationId\":" + n.getId() + ",%").update();
		jdbc.sql("update nomination_receipt set mailed_at = null where nomination_id = ?").param(n.getId()).update();
		assertThat(pending(n.getId())).isEqualTo(1);

		incomplete.resubmitIncompletePublications(p -> true);
		assertThat(data.mailCount(me.email())).isEqualTo(2);
		assertThat(pending(n.getId())).isZero();
		assertThat(jdbc.sql("select count(*) from nomination_receipt where nomination_id = ? and mailed_at is null")
			.param(n.getId()).query(Integer.class).single()).isZero();

		// republished again (two nodes starting at once): the owed row says it was mailed, nothing more is sent
		jdbc.sql("""
				update event_publication set completion_date = null, status = 'PUBLISHED'
				where listener_id like '%ReceiptMailer%' and serialized_event like ?""")
			.param("%\"nominationId\":" + n.getId() + ",%").update();
		incomplete.resubmitIncompletePublications(p -> true);
		assertThat(data.mailCount(me.email())).isEqualTo(2);
	}

}
