package vn.i4impact.portal.nomination;

import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.Map;

import org.springframework.stereotype.Component;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.nomination.internal.DossierFiles;
import vn.i4impact.portal.nomination.internal.Nomination;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.program.ProgramCatalog;
import vn.i4impact.portal.program.Question;
import vn.i4impact.portal.shared.UnitType;
import vn.i4impact.portal.support.TestData;

/** Builds dossiers through the real service (the applicant screens are built elsewhere). */
@Component
public class Dossiers {

	public static final String ANSWER = "Cổng dịch vụ công trực tuyến phục vụ người dân và doanh nghiệp Hải Phòng.";

	private final NominationService service;

	private final DossierFiles dossierFiles;

	private final ProgramCatalog program;

	private final TestData data;

	Dossiers(NominationService service, DossierFiles dossierFiles, ProgramCatalog program, TestData data) {
		this.service = service;
		this.dossierFiles = dossierFiles;
		this.program = program;
		this.data = data;
	}

	/** A valid answer for every required question that is not a file. */
	public Map<Long, String> completeAnswers(long awardId) {
		Map<Long, String> answers = new HashMap<>();
		for (Question q : program.questions(awardId)) {
			if (!q.required() || q.kind().isFile()) {
				continue;
			}
			answers.put(q.id(), switch (q.kind()) {
				case INTEGER -> "12000";
				case DECIMAL -> "1,5";
				case DATE -> "2025-06-01";
				case URL -> "https://haiphong.gov.vn/chuyen-doi-so";
				case YES_NO -> "true";
				case SINGLE_CHOICE -> "0";
				default -> ANSWER;
			});
		}
		return answers;
	}

	public long fileQuestion(long awardId) {
		return program.questions(awardId).stream().filter(q -> q.kind().isFile() && q.required()).findFirst()
			.orElseThrow().id();
	}

	public Nomination self(CurrentUser me, String edition, String award) {
		return service.start(me, data.awardId(edition, award), NominationKind.SELF, service.selfNominee(me));
	}

	/** A person nominated for 4.2 (Innovation Leadership). */
	public Nomination person(CurrentUser me, String edition, String name, String email) {
		return service.start(me, data.awardId(edition, "4.2"), NominationKind.OTHER,
				new Nomination.Nominee(UnitType.INDIVIDUAL, name, "Giám đốc Sở Khoa học và Công nghệ",
						"Sở KH&CN thành phố Hải Phòng", email, "0912345678"));
	}

	/** Fills every required answer and attaches the dossier PDF; returns the version to submit with. */
	public long complete(CurrentUser me, Nomination n, byte[] pdf) throws Exception {
		long version = service.saveDraft(me.id(), n.getId(), n.getVersion(), "Hồ sơ chuyển đổi số", completeAnswers(n.getAwardId()));
		dossierFiles.attach(me.id(), n.getId(), fileQuestion(n.getAwardId()), new ByteArrayInputStream(pdf), "Hồ sơ dự thi.pdf");
		return service.get(me.id(), n.getId()).getVersion() == version ? version : service.get(me.id(), n.getId()).getVersion();
	}

	public String submit(CurrentUser me, Nomination n) throws Exception {
		long version = complete(me, n, TestData.pdf(40_000));
		return service.submit(me.id(), n.getId(), version);
	}

}
