package vn.i4impact.portal.nomination.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.i4impact.portal.account.CurrentUser;
import vn.i4impact.portal.nomination.internal.DossierFiles;
import vn.i4impact.portal.nomination.internal.NominationAttachment;
import vn.i4impact.portal.nomination.internal.NominationService;
import vn.i4impact.portal.nomination.internal.files.AttachmentKind;
import vn.i4impact.portal.nomination.internal.files.FileStorage;
import vn.i4impact.portal.shared.web.Flash;
import vn.i4impact.portal.shared.web.OnRefusal;

/** A dossier's files: upload to a file question, remove, download (the unit's members only, through the service). */
@Controller
class AttachmentController {

	private final NominationService nominations;

	private final DossierFiles files;

	AttachmentController(NominationService nominations, DossierFiles files) {
		this.nominations = nominations;
		this.files = files;
	}

	@PostMapping("/my/nominations/{id}/files")
	@OnRefusal("/my/nominations/{id}#q{questionId}")
	String upload(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @RequestParam long questionId,
			@RequestParam(required = false) MultipartFile file, RedirectAttributes redirect) throws IOException {
		String back = "redirect:/my/nominations/" + id + "#q" + questionId;
		if (file == null || file.isEmpty()) {
			nominations.get(me.id(), id);
			Flash.error(redirect, "myNominations.file.EMPTY");
			return back;
		}
		try (InputStream in = file.getInputStream()) {
			NominationAttachment a = files.attach(me.id(), id, questionId, in, file.getOriginalFilename());
			Flash.success(redirect, "myNominations.file.uploaded", a.getDisplayName());
		}
		catch (FileStorage.RefusedException ex) {
			Flash.error(redirect, "myNominations.file." + ex.reason().name(), files.maxFileBytes() / (1024 * 1024),
					files.maxTotalBytes() / (1024 * 1024));
		}
		return back;
	}

	@PostMapping("/my/nominations/{id}/files/{fileId}/delete")
	@OnRefusal("/my/nominations/{id}")
	String removeFile(@AuthenticationPrincipal CurrentUser me, @PathVariable long id, @PathVariable long fileId,
			RedirectAttributes redirect) {
		files.removeAttachment(me.id(), id, fileId);
		Flash.success(redirect, "myNominations.file.removed");
		return "redirect:/my/nominations/" + id;
	}

	/**
	 * Sends a stored file: its own media type, never sniffed; a download (attachment) except PDFs, which browsers show
	 * safely; the Vietnamese name survives as the RFC 5987 {@code filename*}.
	 */
	@GetMapping("/my/nominations/{id}/files/{fileId}")
	ResponseEntity<InputStreamResource> download(@AuthenticationPrincipal CurrentUser me, @PathVariable long id,
			@PathVariable long fileId) throws IOException {
		NominationAttachment a = files.attachment(me.id(), id, fileId);
		boolean pdf = a.getKind() == AttachmentKind.PDF;
		ContentDisposition disposition = (pdf ? ContentDisposition.inline() : ContentDisposition.attachment())
			.filename(a.getDisplayName(), StandardCharsets.UTF_8).build();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(a.getKind().mediaType()))
			.contentLength(a.getSizeBytes())
			.header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
			.header("X-Content-Type-Options", "nosniff")
			.header(HttpHeaders.CACHE_CONTROL, "private, no-store")
			.body(new InputStreamResource(files.open(a)));
	}

}
