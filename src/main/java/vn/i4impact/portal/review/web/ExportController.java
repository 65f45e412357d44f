package vn.i4impact.portal.review.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.review.Screening;
import vn.i4impact.portal.review.internal.DossierZip;
import vn.i4impact.portal.review.internal.NominationExport;
import vn.i4impact.portal.review.internal.QueueFilter;
import vn.i4impact.portal.shared.web.Flash;

/**
 * The secretariat's downloads: the queue's filtered list as .xlsx or .csv (the queue's own URL parameters), one
 * dossier as a PDF, and selected dossiers with their files as a ZIP. Lists and ZIPs are written to the response as
 * they are produced. SECRETARIAT only, by the URL rules.
 */
@Controller
class ExportController {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final NominationExport export;

	private final DossierZip zip;

	private final Screening screening;

	ExportController(NominationExport export, DossierZip zip, Screening screening) {
		this.export = export;
		this.zip = zip;
		this.screening = screening;
	}

	@GetMapping("/secretariat/nominations.xlsx")
	void xlsx(@AuthenticationPrincipal CurrentUser me, HttpServletRequest request, HttpServletResponse response,
			Locale locale) throws IOException {
		QueueFilter filter = QueueFilter.parse(request.getParameterMap());
		download(response, XLSX, export.fileName(filter, "xlsx"));
		export.xlsx(filter, me.id(), locale, response.getOutputStream());
	}

	@GetMapping("/secretariat/nominations.csv")
	void csv(@AuthenticationPrincipal CurrentUser me, HttpServletRequest request, HttpServletResponse response,
			Locale locale) throws IOException {
		QueueFilter filter = QueueFilter.parse(request.getParameterMap());
		download(response, "text/csv;charset=UTF-8", export.fileName(filter, "csv"));
		export.csv(filter, me.id(), locale, response.getOutputStream());
	}

	/** Opens in the browser; an unknown id or a draft is the friendly 404 (Screening does not know drafts). */
	@GetMapping("/secretariat/nominations/{id}/dossier.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id, Locale locale) {
		byte[] pdf = screening.pdf(id, locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.inline().filename(screening.pdfName(id, locale), StandardCharsets.UTF_8).build()
						.toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.header("X-Content-Type-Options", "nosniff")
			.body(pdf);
	}

	/**
	 * The selected dossiers ({@code ids}) as a ZIP. An empty selection or more than {@value DossierZip#MAX_DOSSIERS}
	 * dossiers goes back to the queue as it was ({@code query}, the queue's query string) with a message.
	 */
	@PostMapping("/secretariat/nominations/export.zip")
	String zip(@RequestParam(name = "ids", required = false) List<String> ids,
			@RequestParam(name = "selected", required = false) List<String> selected,
			@RequestParam(name = "query", required = false) String query, HttpServletResponse response, Locale locale,
			RedirectAttributes redirect) throws IOException {
		// the queue's ticked rows come as "id:version" (the version matters to decisions, not to a download)
		List<String> all = new ArrayList<>(ids == null ? List.of() : ids);
		(selected == null ? List.<String>of() : selected).forEach(s -> all.add(s.split(":", 2)[0]));
		List<String> selection = DossierZip.selection(all);
		if (selection.isEmpty()) {
			Flash.error(redirect, "export.zip.empty");
			return back(query);
		}
		if (selection.size() > DossierZip.MAX_DOSSIERS) {
			Flash.error(redirect, "export.zip.tooMany", DossierZip.MAX_DOSSIERS, selection.size());
			return back(query);
		}
		download(response, "application/zip", zip.fileName());
		zip.write(selection, locale, response.getOutputStream());
		return null;
	}

	private static void download(HttpServletResponse response, String type, String fileName) {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString());
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Content-Type-Options", "nosniff");
	}

	/** Back to the queue with its filters, read again through {@link QueueFilter} so nothing else rides along. */
	static String back(String query) {
		String clean = "";
		if (query != null && !query.isBlank() && query.length() <= 4000) {
			try {
				MultiValueMap<String, String> params = UriComponentsBuilder.fromUriString("/?" + query.strip())
					.build().getQueryParams();
				Map<String, String[]> decoded = new HashMap<>();
				params.forEach((name, values) -> decoded.put(UriUtils.decode(name, StandardCharsets.UTF_8),
						values.stream().map(v -> v == null ? "" : UriUtils.decode(v, StandardCharsets.UTF_8))
							.toArray(String[]::new)));
				clean = QueueFilter.parse(decoded).toQuery();
			}
			catch (RuntimeException ex) {
				clean = "";
			}
		}
		return "redirect:/secretariat/nominations" + (clean.isEmpty() ? "" : "?" + clean);
	}

}
