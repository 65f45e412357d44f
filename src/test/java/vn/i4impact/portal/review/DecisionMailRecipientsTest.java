package vn.i4impact.portal.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.nomination.IneligibleReason;
import vn.i4impact.portal.review.Screening;
import vn.i4impact.portal.review.internal.Extensions;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

/** Decisions and extensions are mailed to the unit's active accounts only: not to disabled or unconfirmed ones. */
@PortalTest
class DecisionMailRecipientsTest {

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	Accounts accounts;

	@Autowired
	Screening screening;

	@Autowired
	Extensions extensions;

	@Autowired
	JdbcClient jdbc;


	/** A colleague in the unit of {@code owner}, with the given account status. */
	private CurrentUser colleague(CurrentUser owner, String status) {
		CurrentUser c = accounts.createActive(TestData.uniqueEmail("colleague-" + status.toLowerCase()), "Đồng nghiệp",
				TestData.PASSWORD, Set.of(Role.APPLICANT));
		jdbc.sql("""
				insert into unit_member (unit_id, user_id, role)
				select unit_id, ?, 'MEMBER' from unit_member where user_id = ?""").params(c.id(), owner.id()).update();
		jdbc.sql("update app_user set status = ? where id = ?").params(status, c.id()).update();
		return c;
	}

	@Test
	void onlyActiveAccountsOfTheUnitAreMailed() throws Exception {
		String edition = data.openEdition(30);
		CurrentUser owner = data.user(Role.APPLICANT);
		CurrentUser active = colleague(owner, "ACTIVE");
		CurrentUser disabled = colleague(owner, "DISABLED");
		CurrentUser pending = colleague(owner, "PENDING");
		CurrentUser invited = colleague(owner, "INVITED");
		CurrentUser secretary = data.user(Role.SECRETARIAT);

		Nomination first = dossiers.self(owner, edition, "1.3");
		dossiers.submit(owner, first);
		// an extension before the deadline, a request for changes, its extension, then eligible
		extensions.extend(first.getId(), Instant.now().plus(40, ChronoUnit.DAYS), secretary.id());
		screening.requestChanges(first.getId(), data.version(first.getId()), "Bổ sung giấy phép",
				Instant.now().plus(5, ChronoUnit.DAYS), secretary.id());
		extensions.extend(first.getId(), Instant.now().plus(50, ChronoUnit.DAYS), secretary.id());
		Nomination second = dossiers.person(owner, edition, "Trần Văn Thư", TestData.uniqueEmail("nominee"));
		dossiers.submit(owner, second);
		screening.markEligible(second.getId(), data.version(second.getId()), secretary.id());
		screening.moveToAward(second.getId(), data.version(second.getId()), data.awardId(edition, "5.2"), null, secretary.id());
		Nomination third = dossiers.self(owner, edition, "2.2");
		dossiers.submit(owner, third);
		screening.declareIneligible(third.getId(), data.version(third.getId()), IneligibleReason.OUT_OF_SCOPE, null,
				secretary.id());

		int expected = 6; // two extensions, changes, eligible, moved, ineligible
		assertThat(decisionMails(owner)).isEqualTo(expected);
		assertThat(decisionMails(active)).isEqualTo(expected);
		assertThat(data.mailCount(disabled.email())).isZero();
		assertThat(data.mailCount(pending.email())).isZero();
		assertThat(data.mailCount(invited.email())).isZero();
	}

	private int decisionMails(CurrentUser user) {
		// receipts of the submissions go to whoever submitted; they are not decisions
		return jdbc.sql("""
				select count(*) from mail_outbox where recipient = ? and topic like 'nomination:%'
				and subject not like 'Đã nhận hồ sơ%'""")
			.param(user.email().toLowerCase()).query(Integer.class).single();
	}

}
