package vn.i4impact.portal.account.web;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import vn.i4impact.portal.account.AuditTrail;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.support.Auth;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The program administration's English audit sentences are shown in the reader's language (old entries too). */
@PortalTest
class AuditSummariesTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	AuditTrail audit;

	@Autowired
	TransactionTemplate tx;

	@Test
	void sentencesAreReadBackIntoKeysAndArguments() {
		assertThat(AuditSummaries.read("edition.status", "Status of i4-2027: OPEN → IN_REVIEW"))
			.isEqualTo(new AuditSummaries.Words("audit.summary.edition.status",
					List.of("i4-2027", "status:OPEN", "status:IN_REVIEW")));
		assertThat(AuditSummaries.read("question.create", "Question for all awards in i4-2027"))
			.isEqualTo(new AuditSummaries.Words("audit.summary.question.create.all", List.of("i4-2027")));
		assertThat(AuditSummaries.read("question.create", "Question for award 1.3 in i4-2027"))
			.isEqualTo(new AuditSummaries.Words("audit.summary.question.create", List.of("1.3", "i4-2027")));
		assertThat(AuditSummaries.read("award.move", "Moved award 2.1 down"))
			.isEqualTo(new AuditSummaries.Words("audit.summary.award.move.down", List.of("2.1")));
		assertThat(AuditSummaries.read("award.move", "something else")).isNull();
		assertThat(AuditSummaries.read("user.roles", "Roles of x")).isNull();
	}

	@Test
	void theAuditPageShowsThemInVietnameseAndEnglish() throws Exception {
		String code = "tom-tat-" + System.nanoTime();
		tx.executeWithoutResult(s -> {
			audit.record("edition.status", "edition", code, "Status of " + code + ": OPEN → IN_REVIEW",
					Map.of("status", "OPEN"), Map.of("status", "IN_REVIEW"));
			audit.record("edition.clone", "edition", code, "Cloned i4-impact-2026 into " + code,
					Map.of("source", "i4-impact-2026"), Map.of("code", code));
		});
		CurrentUser admin = data.user(Role.ADMIN);
		String vi = mvc.perform(get("/admin/audit").param("targetType", "edition").param("targetId", code)
				.param("lang", "vi").with(Auth.as(admin)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(vi).contains("Trạng thái của " + code + ": Đang nhận hồ sơ → Đang thẩm định hồ sơ",
				"Sao chép i4-impact-2026 thành " + code).doesNotContain("Status of ", "Cloned ");
		String en = mvc.perform(get("/admin/audit").param("targetType", "edition").param("targetId", code)
				.param("lang", "en").with(Auth.as(admin)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(en).contains("Status of " + code + ": ", "Cloned i4-impact-2026 into " + code);
	}

}
