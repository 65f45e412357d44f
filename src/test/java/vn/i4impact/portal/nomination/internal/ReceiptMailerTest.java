package vn.i4impact.portal.nomination.internal;


import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;

/** A receipt owed but never mailed (a crash after commit) is mailed by the sweeper, once. */
@PortalTest
class ReceiptMailerTest {

	@Autowired
	ReceiptMailer receipts;

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSweeperMailsAReceiptLeftOwedAndOnlyOnce() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser me = data.user(Role.APPLICANT);
		Nomination n = dossiers.self(me, edition, "3.1");
		dossiers.submit(me, n);
		assertThat(data.mailCount(me.email())).isEqualTo(1);

		// as if the process had stopped between the commit and the mail
		jdbc.sql("update nomination_receipt set mailed_at = null, created_at = now() - interval '1 hour' where nomination_id = ?")
			.param(n.getId()).update();
		for (int i = 0; i < 20 && data.mailCount(me.email()) < 2; i++) {
			receipts.sweep();
		}
		assertThat(data.mailCount(me.email())).isEqualTo(2);
		assertThat(jdbc.sql("select count(*) from nomination_receipt where nomination_id = ? and mailed_at is null")
			.param(n.getId()).query(Integer.class).single()).isZero();
		receipts.sweep();
		assertThat(data.mailCount(me.email())).isEqualTo(2);
	}

}
