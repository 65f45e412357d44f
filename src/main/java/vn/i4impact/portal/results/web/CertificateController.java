package vn.i4impact.portal.results.web;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.results.internal.CertificateKeys;
import vn.i4impact.portal.results.internal.Certificates.Certificate;
import vn.i4impact.portal.results.internal.Certificates;
import vn.i4impact.portal.results.internal.ResultsQuery;
import vn.i4impact.portal.shared.DomainException;
import vn.i4impact.portal.shared.Localized;
import vn.i4impact.portal.shared.web.NotFoundException;

/**
 * {@code /verify/{code}} (public, after publication): valid, revoked or corrected, with the signed data and the public
 * key so anyone can check the signature without trusting the page; and the unit's own certificate download.
 */
@Controller
class CertificateController {

	private final Certificates certificates;

	private final CertificateKeys keys;

	private final ResultsQuery results;

	private final JdbcClient jdbc;

	private final Clock clock;

	CertificateController(Certificates certificates, CertificateKeys keys, ResultsQuery results, JdbcClient jdbc,
			Clock clock) {
		this.certificates = certificates;
		this.keys = keys;
		this.results = results;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@GetMapping("/verify/{code}")
	String verify(@PathVariable String code, Model model, HttpServletRequest request, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-cache");
		var found = visible(code, request);
		if (found == null) {
			return ResultsController.notFound(response);
		}
		model.addAttribute("c", found);
		model.addAttribute("h", results.honouree(found.honoureeId()).orElseThrow());
		model.addAttribute("edition", certificates.editionOf(found.honoureeId()));
		model.addAttribute("replacement", certificates.replacement(found).orElse(null));
		model.addAttribute("signatureOk", keys.verify(found.payload(), found.signature()));
		model.addAttribute("keyId", keys.keyId());
		return "results/verify";
	}

	@GetMapping(path = "/verify/{code}/signed.txt", produces = "text/plain;charset=UTF-8")
	@ResponseBody
	ResponseEntity<String> signed(@PathVariable String code, HttpServletRequest request) {
		var found = visible(code, request);
		if (found == null) {
			throw new NotFoundException();
		}
		String body = found.payload() + "-----\nsignature (Ed25519, base64): " + found.signature() + "\nkey: "
				+ found.keyId() + "\n";
		return ResponseEntity.ok().contentType(new MediaType("text", "plain", StandardCharsets.UTF_8))
			.body(body);
	}

	@GetMapping(path = "/verify/public-key.pem", produces = "application/x-pem-file")
	@ResponseBody
	String publicKey() {
		return keys.publicKeyPem();
	}

	/** The unit's own certificate, once published; another unit's honouree is a 404. */
	@GetMapping("/my/results/{honoureeId}/certificate.pdf")
	ResponseEntity<byte[]> mine(@PathVariable long honoureeId, @RequestParam(defaultValue = "") String language,
			@AuthenticationPrincipal CurrentUser me, Locale locale) {
		boolean member = jdbc.sql("select count(*) from results_honouree where id = ? and ? = any(member_user_ids)")
			.params(honoureeId, me.id()).query(Integer.class).single() > 0;
		if (!member) {
			throw new NotFoundException();
		}
		return download(honoureeId, language, locale);
	}

	static Locale pdfLocale(String language, Locale fallback) {
		return "en".equals(language) ? Locale.ENGLISH : "vi".equals(language) ? Localized.VIETNAMESE
				: Localized.isEnglish(fallback) ? Locale.ENGLISH : Localized.VIETNAMESE;
	}

	ResponseEntity<byte[]> download(long honoureeId, String language, Locale locale) {
		Certificate c;
		try {
			c = certificates.current(honoureeId);
		}
		catch (DomainException e) {
			throw new NotFoundException();
		}
		byte[] pdf = certificates.pdf(c, pdfLocale(language, locale));
		String name = results.honouree(honoureeId).orElseThrow().reference() + "-giay-chung-nhan.pdf";
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(pdf);
	}

	/** The certificate if its edition is published, or the visitor is staff; otherwise null. */
	private Certificate visible(String code, HttpServletRequest request) {
		if (code == null || !code.matches("[0-9a-f]{32}")) {
			return null;
		}
		var found = certificates.byCode(code).orElse(null);
		if (found == null) {
			return null;
		}
		boolean staff = request.isUserInRole(Role.ADMIN.name()) || request.isUserInRole(Role.SECRETARIAT.name());
		return staff || certificates.editionOf(found.honoureeId()).published(clock.instant()) ? found : null;
	}

}
