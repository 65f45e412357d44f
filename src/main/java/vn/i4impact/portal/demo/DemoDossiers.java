package vn.i4impact.portal.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.i4impact.portal.account.Accounts;
import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.nomination.NominationStatus;
import vn.i4impact.portal.nomination.UnitApplications;
import vn.i4impact.portal.program.AwardInfo;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.review.Screening;
import vn.i4impact.portal.shared.PortalTime;
import vn.i4impact.portal.shared.UnitType;

/**
 * The demo's units and their dossiers, made as a unit and the secretariat would make them: an account per unit, a
 * self-nomination answered and submitted through the nomination module, decisions through the secretariat's.
 */
@Component
class DemoDossiers {

	/** A unit of the demo with one dossier for an award, and where the secretariat has got with it. */
	record DemoDossier(String unit, UnitType type, String province, String award, String title,
			NominationStatus status) {
	}

	static final DemoDossier[] DOSSIERS = {
			new DemoDossier("UBND thành phố Đà Nẵng (demo)", UnitType.LOCALITY, "da-nang", "1.3",
					"Nền tảng chính quyền số Đà Nẵng", NominationStatus.SUBMITTED),
			new DemoDossier("Công ty Cổ phần Công nghệ Sao Bắc Hà (demo)", UnitType.ENTERPRISE, "ha-noi", "1.1",
					"Hạ tầng điện toán đám mây cho doanh nghiệp nhỏ", NominationStatus.SUBMITTED),
			new DemoDossier("Sở Y tế Thành phố Hồ Chí Minh (demo)", UnitType.STATE_BODY, "ho-chi-minh", "1.3",
					"Hồ sơ sức khỏe điện tử cho mọi người dân", NominationStatus.ELIGIBLE),
			new DemoDossier("Viện Công nghệ Nông nghiệp Cần Thơ (demo)", UnitType.RESEARCH_INSTITUTE, "can-tho", "2.2",
					"Cảm biến độ mặn cho nông dân đồng bằng sông Cửu Long", NominationStatus.SUBMITTED),
			new DemoDossier("Công ty TNHH Khởi nghiệp Xanh Huế (demo)", UnitType.STARTUP, "hue", "2.1",
					"Ứng dụng kết nối người khuyết tật với việc làm", NominationStatus.CHANGES_REQUESTED),
			new DemoDossier("Hiệp hội Du lịch Quảng Ninh (demo)", UnitType.ASSOCIATION, "quang-ninh", "3.1",
					"Bảo tàng số di sản Hạ Long", NominationStatus.SUBMITTED),
			new DemoDossier("Công ty Cổ phần Logistics Hải Phòng (demo)", UnitType.ENTERPRISE, "hai-phong", "2.3",
					"Cảng thông minh và thông quan điện tử", NominationStatus.SUBMITTED) };

	/** What the text answers of a demo dossier say after its title. */
	static final String SAMPLE = ": giải pháp đã triển khai thực tế, phục vụ hàng nghìn người dân và doanh nghiệp.";

	private final UnitApplications applications;

	private final ProgramCatalog program;

	private final Screening screening;

	private final Accounts accounts;

	private final Clock clock;

	DemoDossiers(UnitApplications applications, ProgramCatalog program, Screening screening, Accounts accounts,
			Clock clock) {
		this.applications = applications;
		this.program = program;
		this.screening = screening;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** @return how many dossiers were made (an award or province missing from the edition is skipped) */
	int load(long editionId, String password, long secretaryId) {
		int made = 0;
		for (DemoDossier d : DOSSIERS) {
			AwardInfo award = program.awards(editionId).stream().filter(a -> a.code().equals(d.award())).findFirst()
				.orElse(null);
			if (award == null) {
				continue;
			}
			CurrentUser applicant = accounts.findByEmail(email(d)).orElseGet(() -> accounts.createActiveApplicant(
					email(d), "Cán bộ đầu mối " + d.unit(), password, d.unit(), d.type(), d.province(), null));
			long id = applications.startSelf(applicant.id(), award.id());
			Map<Long, String> answers = new HashMap<>();
			for (Question q : program.questions(award.id())) {
				if (q.kind().isFile() && q.required()) {
					applications.attach(applicant.id(), id, q.id(), pdf(d.title()), "Thuyết minh giải pháp.pdf");
				}
				else if (!q.kind().isFile() && q.required()) {
					answers.put(q.id(), q.sampleAnswer(d.title() + SAMPLE));
				}
			}
			applications.answer(applicant.id(), id, d.title(), answers);
			applications.submit(applicant.id(), id);
			decide(id, d.status(), secretaryId);
			made++;
		}
		return made;
	}

	void decide(long id, NominationStatus status, long secretaryId) {
		long version = screening.dossier(id).version();
		if (status == NominationStatus.ELIGIBLE) {
			screening.markEligible(id, version, secretaryId);
		}
		else if (status == NominationStatus.CHANGES_REQUESTED) {
			LocalDate due = LocalDate.now(clock.withZone(PortalTime.ZONE)).plusDays(5);
			screening.requestChanges(id, version, "Đề nghị bổ sung số liệu người dùng năm 2025 (demo).",
					PortalTime.endOfDay(due), secretaryId);
		}
	}

	/**
	 * An account per unit: the demo units are real units of the portal, each with its own contact. Not the staff's
	 * domain: a juror sharing a unit's e-mail domain is conflicted with its dossiers.
	 */
	static String email(DemoDossier d) {
		return d.province() + "@donvi-demo.vn";
	}

	/** A small well-formed PDF that names the dossier. */
	static byte[] pdf(String title) {
		String body = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + title + "\ntrailer << /Root 1 0 R >>\n%%EOF\n";
		return body.getBytes(StandardCharsets.UTF_8);
	}

}
