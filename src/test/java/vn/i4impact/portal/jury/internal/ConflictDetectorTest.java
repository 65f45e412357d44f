package vn.i4impact.portal.jury.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.i4impact.portal.nomination.DossierContent.Candidate;
import vn.i4impact.portal.nomination.NominationKind;
import vn.i4impact.portal.nomination.NominationStatus;

import static org.assertj.core.api.Assertions.assertThat;

class ConflictDetectorTest {

	static final long JUROR = 7;

	static Candidate dossier(String taxCode, String nomineeEmail, long createdBy, List<Long> members, List<String> domains) {
		return new Candidate(1, "I4IA-2026-1.1-0001", 1, 2, NominationStatus.ELIGIBLE, true, NominationKind.OTHER, 3,
				"Công ty Cổ phần Sao Mai", taxCode, "Trần Thị Mai", nomineeEmail, "Sở KH&CN", createdBy, members, domains);
	}

	static JurorProfile juror(String email, String taxCode, JurorProfile.Affiliation... affiliations) {
		return new JurorProfile(JUROR, email, "TS. Lê Văn Giám", "TS.", "Viện Nghiên cứu", taxCode, null,
				List.of(affiliations));
	}

	static List<String> reasons(JurorProfile j, Candidate c) {
		return ConflictDetector.detect(j, c).stream().map(ConflictDetector.Found::reasonKey).toList();
	}

	@Test
	void noTieNoConflict() {
		assertThat(reasons(juror("le.giam@vien.edu.vn", "0312345678"),
				dossier("0100109106", "mai@saomai.vn", 99, List.of(99L), List.of("saomai.vn")))).isEmpty();
	}

	@Test
	void theJurorsOrganisationHasTheUnitsTaxCode() {
		assertThat(reasons(juror("le@vien.edu.vn", "0100109106"), dossier("0100109106", null, 99, List.of(), List.of())))
			.containsExactly("jury.conflict.organisationTaxCode");
		assertThat(ConflictDetector.detect(juror("le@vien.edu.vn", "0100109106"),
				dossier("0100109106", null, 99, List.of(), List.of())).get(0).detail()).contains("0100109106");
	}

	@Test
	void aDeclaredAffiliationHasTheUnitsTaxCodeOrIsTheNominee() {
		JurorProfile j = juror("le@vien.edu.vn", null,
				new JurorProfile.Affiliation(JurorProfile.Affiliation.Kind.ORGANISATION, "Tập đoàn mẹ", "0100109106-001", null),
				new JurorProfile.Affiliation(JurorProfile.Affiliation.Kind.PERSON, "Trần Thị Mai", null, "MAI@saomai.vn"));
		assertThat(reasons(j, dossier("0100109106-001", "mai@saomai.vn", 99, List.of(), List.of())))
			.containsExactly("jury.conflict.affiliationTaxCode", "jury.conflict.affiliationPerson");
	}

	@Test
	void theSameOrganisationDomainButNotWebmail() {
		assertThat(reasons(juror("le@saomai.vn", null), dossier(null, null, 99, List.of(), List.of("saomai.vn"))))
			.containsExactly("jury.conflict.emailDomain");
		assertThat(reasons(juror("le.giam@gmail.com", null), dossier(null, null, 99, List.of(), List.of("gmail.com"))))
			.as("a shared webmail says nothing").isEmpty();
	}

	@Test
	void aMemberTheNomineeOrTheCreatorOfTheDossier() {
		assertThat(reasons(juror("le@vien.edu.vn", null), dossier(null, null, 99, List.of(JUROR), List.of())))
			.containsExactly("jury.conflict.member");
		assertThat(reasons(juror("Mai@SaoMai.vn", null), dossier(null, "mai@saomai.vn", 99, List.of(), List.of())))
			.containsExactly("jury.conflict.nominee");
		assertThat(reasons(juror("le@vien.edu.vn", null), dossier(null, null, JUROR, List.of(), List.of())))
			.containsExactly("jury.conflict.creator");
	}

	@Test
	void missingDataIsNeverAMatch() {
		assertThat(reasons(juror(null, null), dossier(null, null, 99, List.of(), List.of()))).isEmpty();
		assertThat(reasons(juror("le@vien.edu.vn", ""), dossier("", "", 99, List.of(), List.of()))).isEmpty();
	}

}
