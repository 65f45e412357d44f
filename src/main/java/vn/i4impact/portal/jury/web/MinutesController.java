package vn.i4impact.portal.jury.web;

import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.account.Role;
import vn.i4impact.portal.jury.internal.standing.RoundMinutes;
import vn.i4impact.portal.shared.pdf.PdfRenderer;
import vn.i4impact.portal.shared.web.AbsoluteLinks;
import vn.i4impact.portal.shared.web.Dates;

/**
 * {@code /secretariat/jury/rounds/{id}/minutes.pdf} (SECRETARIAT and ADMIN, once the round is closed): the sealed
 * minutes, in Vietnamese unless {@code language=en}. {@code key=true} adds the key from member codes to names: the
 * committee's copy, for ADMIN only.
 */
@Controller
class MinutesController {

	private final RoundMinutes minutes;

	private final PdfRenderer pdf;

	private final Dates dates;

	private final AbsoluteLinks links;

	private final Clock clock;

	MinutesController(RoundMinutes minutes, PdfRenderer pdf, Dates dates, AbsoluteLinks links, Clock clock) {
		this.minutes = minutes;
		this.pdf = pdf;
		this.dates = dates;
		this.links = links;
		this.clock = clock;
	}

	@GetMapping("/secretariat/jury/rounds/{roundId}/minutes.pdf")
	ResponseEntity<byte[]> minutes(@PathVariable long roundId, @RequestParam(defaultValue = "vi") String language,
			@RequestParam(defaultValue = "false") boolean key, @AuthenticationPrincipal CurrentUser user) {
		if (key && !user.has(Role.ADMIN)) {
			throw new AccessDeniedException("the key of member codes is for the committee's copy");
		}
		Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("vi");
		RoundMinutes.Minutes m = minutes.of(roundId, key);
		Map<String, Object> model = new HashMap<>();
		model.put("m", m);
		model.put("printedAt", dates.dateTime(clock.instant()));
		model.put("closedAt", m.round().getClosedAt() == null ? "" : dates.dateTime(m.round().getClosedAt()));
		model.put("sealedAt", m.seal() == null ? "" : dates.dateTime(m.seal().sealedAt()));
		model.put("verifyUrl", links.page("/secretariat/jury/rounds/" + roundId + "/verify"));
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		pdf.render("pdf/jury-minutes", model, locale, out);
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
				.filename(RoundMinutes.fileName(m.round(), locale)).build().toString())
			.body(out.toByteArray());
	}
}
