package vn.i4impact.portal.nomination.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.nomination.internal.ReceiptDownloads;

/** {@code /my/nominations/{id}/receipt.pdf}: the receipt again, for the unit's own submitted dossiers only. */
@Controller
class ReceiptController {

	private final NominationService nominations;

	private final ReceiptDownloads receipts;

	ReceiptController(NominationService nominations, ReceiptDownloads receipts) {
		this.nominations = nominations;
		this.receipts = receipts;
	}

	@GetMapping("/my/nominations/{id}/receipt.pdf")
	ResponseEntity<byte[]> receipt(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
			Locale locale) {
		// through the unit's own dossiers: another unit's id is simply not found
		var receipt = receipts.of(nominations.get(me.id(), id), locale);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(receipt.fileName(), StandardCharsets.UTF_8).build().toString())
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(receipt.pdf());
	}

}
