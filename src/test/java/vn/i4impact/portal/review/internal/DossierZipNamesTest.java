package vn.i4impact.portal.review.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Names inside the ZIP export show their real extension. */
class DossierZipNamesTest {

	@Test
	void formatCharactersAreDroppedFromZipEntryNames() {
		assertThat(DossierZip.safe("Báo cáo\u202Efdp.exe", "x")).isEqualTo("Báo cáofdp.exe");
		assertThat(DossierZip.safe("\u200B\u2066Hồ sơ.pdf\u2069\uFEFF", "x")).isEqualTo("Hồ sơ.pdf");
		assertThat(DossierZip.safe("\u202E", "fallback")).isEqualTo("fallback");
	}

}
