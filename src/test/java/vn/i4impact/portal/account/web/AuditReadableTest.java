package vn.i4impact.portal.account.web;

import java.util.LinkedHashMap;
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

/** The audit log speaks the official's language: actions, items, fields and values in words, times in Vietnam time. */
@PortalTest
class AuditReadableTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	AuditTrail audit;

	@Autowired
	TransactionTemplate tx;

	@Autowired
	AuditText text;

	@Test
	void aTimelineChangeReadsInVietnameseWithVietnamTime() throws Exception {
		String code = "audit-" + System.nanoTime();
		Map<String, Object> before = new LinkedHashMap<>();
		before.put("NOMINATION", "2027-03-05T01:00:00Z – 2027-04-30T16:59:59Z");
		before.put("status", "DRAFT");
		before.put("nameEn", "Old");
		tx.executeWithoutResult(s -> audit.record("edition.timeline", "edition", code, "Timeline of " + code
				+ " changed", before, Map.of("NOMINATION", "2027-03-10T01:00:00Z – 2027-05-01T16:59:59Z",
						"status", "OPEN", "nameEn", "New")));
		CurrentUser admin = data.user(Role.ADMIN);

		String vi = mvc.perform(get("/admin/audit").param("targetType", "edition").param("targetId", code)
				.param("lang", "vi").with(Auth.as(admin)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(vi).contains("Sửa mốc thời gian", "Kỳ chương trình", "Nhận hồ sơ ứng cử, đề cử", "Tên (tiếng Anh)",
				"Bản nháp", "Đang nhận hồ sơ");
		// 01:00 UTC is 08:00 in Vietnam; no raw ISO instant is left, in the values or the summary
		assertThat(vi).contains("05/03/2027", "08:00", "30/04/2027", "23:59").doesNotContain("2027-03-05T", "T16:59");
		assertThat(vi).doesNotContain(">nameEn<", ">NOMINATION<", ">edition.timeline<");

		String en = mvc.perform(get("/admin/audit").param("targetType", "edition").param("targetId", code)
				.param("lang", "en").with(Auth.as(admin)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
		assertThat(en).contains("Timeline changed", "Name (English)", "Draft");
	}

	@Test
	void unknownWordsAreShownAsStoredAndInstantsAsVietnamTime() {
		assertThat(text.field("edition", "somethingNew")).isEqualTo("somethingNew");
		assertThat(text.value("edition", "somethingNew", "X")).isEqualTo("X");
		assertThat(text.times("from 2026-12-31T17:30:00Z on")).contains("01/01/2027").contains("00:30")
			.startsWith("from ").endsWith(" on");
		assertThat(text.times("no time here")).isEqualTo("no time here");
	}

}
