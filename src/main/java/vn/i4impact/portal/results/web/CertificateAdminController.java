package vn.i4impact.portal.results.web;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.results.internal.Certificates;
import vn.i4impact.portal.results.internal.ResultsQuery;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.shared.web.NotFoundException;
import vn.i4impact.portal.shared.web.OnRefusal;

/** The committee's certificates (ADMIN): one or all (ZIP) after publication, revoke or correct with a reason. */
@Controller
@RequestMapping("/admin/editions/{code}/results")
class CertificateAdminController {

	private final Certificates certificates;

	private final ResultsQuery results;

	private final CertificateController downloads;

	private final Clock clock;

	CertificateAdminController(Certificates certificates, ResultsQuery results, CertificateController downloads,
			Clock clock) {
		this.certificates = certificates;
		this.results = results;
		this.downloads = downloads;
		this.clock = clock;
	}

	@GetMapping("/honourees/{id}/certificate.pdf")
	ResponseEntity<byte[]> one(@PathVariable String code, @PathVariable long id,
			@RequestParam(defaultValue = "") String language, Locale locale) {
		honouree(code, id);
		return downloads.download(id, language, locale);
	}

	@GetMapping("/certificates.zip")
	void zip(@PathVariable String code, @RequestParam(defaultValue = "") String language, Locale locale,
			HttpServletResponse response) throws IOException {
		var edition = results.edition(code).orElseThrow(NotFoundException::new);
		if (!edition.published(clock.instant())) {
			throw new NotFoundException();
		}
		response.setContentType("application/zip");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(code + "-giay-chung-nhan.zip").build().toString());
		certificates.zip(edition.id(), CertificateController.pdfLocale(language, locale), response.getOutputStream());
	}

	@PostMapping("/honourees/{id}/certificate/revoke")
	@OnRefusal("/admin/editions/{code}/results#h-{id}")
	String revoke(@PathVariable String code, @PathVariable long id, @RequestParam(defaultValue = "") String reason,
			RedirectAttributes redirect) {
		honouree(code, id);
		if (reason.isBlank() || reason.length() > 500) {
			Flash.error(redirect, "results.certificate.reason.required");
		}
		else {
			certificates.revoke(id, reason.strip());
			Flash.success(redirect, "results.certificate.revoked");
		}
		return "redirect:/admin/editions/" + code + "/results#h-" + id;
	}

	@PostMapping("/honourees/{id}/certificate/correct")
	@OnRefusal("/admin/editions/{code}/results#h-{id}")
	String correct(@PathVariable String code, @PathVariable long id, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String reason, RedirectAttributes redirect) {
		honouree(code, id);
		if (reason.isBlank() || reason.length() > 500 || name.isBlank() || name.length() > 300) {
			Flash.error(redirect, "results.certificate.correct.required");
		}
		else {
			certificates.correct(id, name.strip(), reason.strip());
			Flash.success(redirect, "results.certificate.corrected");
		}
		return "redirect:/admin/editions/" + code + "/results#h-" + id;
	}

	private void honouree(String code, long id) {
		var edition = results.edition(code).orElseThrow(NotFoundException::new);
		results.honouree(id).filter(h -> certificates.editionOf(h.id()).id() == edition.id())
			.orElseThrow(NotFoundException::new);
	}

}
