package vn.i4impact.portal.results;

import java.awt.image.BufferedImage;
import java.time.Instant;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.nomination.Dossiers;
import vn.i4impact.portal.results.internal.CertificateKeys;
import vn.i4impact.portal.results.internal.ResultsAdministration;
import vn.i4impact.portal.support.Auth;
import vn.i4impact.portal.support.MutableClock;
import vn.i4impact.portal.support.PortalTest;
import vn.i4impact.portal.support.TestData;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@PortalTest
class CertificateTest {

	@Autowired
	MockMvc mvc;

	@Autowired
	TestData data;

	@Autowired
	Dossiers dossiers;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	ResultsAdministration administration;

	@Autowired
	CertificateKeys keys;

	@AfterEach
	void realTime() {
		clock.reset();
	}

	@Test
	void theUnitDownloadsItsCertificateWhoseQrVerifiesThenRevokedThenCorrected() throws Exception {
		String code = data.openEdition(10);
		long editionId = data.editionId(code);
		CurrentUser unit = data.user(Role.APPLICANT);
		var dossier = dossiers.self(unit, code, "2.3");
		dossiers.submit(unit, dossier);
		jdbc.sql("update nomination set status = 'HONOURED' where id = ?").param(dossier.getId()).update();
		Instant at = Instant.now().plusSeconds(60);
		administration.schedule(editionId, at);
		administration.takeOverHonourees(editionId);
		long honouree = jdbc.sql("select id from results_honouree where nomination_id = ?").param(dossier.getId())
			.query(Long.class).single();
		String pdfUrl = "/my/results/" + honouree + "/certificate.pdf";

		// before publication: nothing, for the unit too
		mvc.perform(get(pdfUrl).with(Auth.as(unit))).andExpect(status().isNotFound());
		assertThat(jdbc.sql("select count(*) from results_certificate where honouree_id = ?").param(honouree)
			.query(Integer.class).single()).isZero();

		clock.set(at.plusSeconds(1));
		// another unit cannot fetch it by editing the id; the public and other roles are refused
		mvc.perform(get(pdfUrl).with(Auth.as(data.user(Role.APPLICANT)))).andExpect(status().isNotFound());
		mvc.perform(get(pdfUrl).with(Auth.as(data.user(Role.JUROR)))).andExpect(status().isForbidden());
		mvc.perform(get(pdfUrl)).andExpect(status().is3xxRedirection());

		byte[] pdf = mvc.perform(get(pdfUrl).with(Auth.as(unit))).andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsByteArray();
		assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
		String url = decodeQr(pdf);
		assertThat(url).matches("http://localhost/verify/[0-9a-f]{32}");
		String verify = url.substring("http://localhost".length());
		String certCode = verify.substring("/verify/".length());

		assertThat(page(verify)).contains("Giấy chứng nhận hợp lệ.").contains(dossier.getNomineeName());
		String signed = page(verify + "/signed.txt");
		String payload = signed.substring(0, signed.indexOf("-----\n"));
		String signature = signed.substring(signed.indexOf("base64): ") + 9, signed.indexOf("\nkey:"));
		assertThat(payload).contains("code: " + certCode).contains("award: 2.3");
		assertThat(keys.verify(payload, signature)).isTrue();
		assertThat(keys.verify(payload.replace("2.3", "2.2"), signature)).isFalse();
		assertThat(page("/verify/public-key.pem")).startsWith("-----BEGIN PUBLIC KEY-----");

		// the committee corrects the name: the old QR still verifies and says what changed; then revokes the new one
		var admin = data.user(Role.ADMIN);
		String base = "/admin/editions/" + code + "/results/honourees/" + honouree + "/certificate";
		mvc.perform(post(base + "/correct").param("name", "Tên đã đính chính").param("reason", "Sai chính tả")
			.with(csrf()).with(Auth.as(admin))).andExpect(status().is3xxRedirection());
		assertThat(page(verify)).contains("đã được đính chính").contains("→ Tên đã đính chính")
			.contains("Lý do: Sai chính tả").contains("Xem phiên bản 2");
		String newCode = jdbc.sql("select code from results_certificate where honouree_id = ? and cert_version = 2")
			.param(honouree).query(String.class).single();
		assertThat(page("/verify/" + newCode)).contains("Giấy chứng nhận hợp lệ.").contains("Tên đã đính chính");

		mvc.perform(post(base + "/revoke").param("reason", "").with(csrf()).with(Auth.as(admin)))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/verify/" + newCode)).contains("Giấy chứng nhận hợp lệ.");
		mvc.perform(post(base + "/revoke").param("reason", "Hồ sơ gian lận").with(csrf()).with(Auth.as(admin)))
			.andExpect(status().is3xxRedirection());
		assertThat(page("/verify/" + newCode)).contains("đã bị thu hồi").contains("Lý do: Hồ sơ gian lận");
		assertThat(jdbc.sql("select count(*) from audit_entry where action like 'results.certificate.%' and target_id in (?, ?)")
			.params(certCode, newCode).query(Integer.class).single()).isEqualTo(2);

		// the committee's ZIP; nobody else gets it
		byte[] zip = mvc.perform(get("/admin/editions/" + code + "/results/certificates.zip").with(Auth.as(admin)))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(new String(zip, 0, 2)).isEqualTo("PK");
		mvc.perform(get("/admin/editions/" + code + "/results/certificates.zip").with(Auth.as(data.user(Role.SECRETARIAT))))
			.andExpect(status().isForbidden());

		// a second before the instant, /verify says nothing to the public
		clock.set(at.minusSeconds(1));
		mvc.perform(get(verify)).andExpect(status().isNotFound());
		mvc.perform(get(verify + "/signed.txt")).andExpect(status().isNotFound());
	}

	@Test
	void unknownOrMalformedCodesAre404() throws Exception {
		mvc.perform(get("/verify/00000000000000000000000000000000")).andExpect(status().isNotFound());
		mvc.perform(get("/verify/../../etc")).andExpect(status().is4xxClientError());
		mvc.perform(get("/verify/nothex")).andExpect(status().isNotFound());
	}

	private String page(String path) throws Exception {
		return mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	static String decodeQr(byte[] pdf) throws Exception {
		try (var document = Loader.loadPDF(pdf)) {
			BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 150);
			var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
			return new MultiFormatReader().decode(bitmap).getText();
		}
	}

}
