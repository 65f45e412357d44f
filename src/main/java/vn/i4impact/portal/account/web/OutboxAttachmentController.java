package vn.i4impact.portal.account.web;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.i4impact.portal.account.internal.OutboxAttachmentRepository;
import vn.i4impact.portal.account.internal.OutboxMessage;
import vn.i4impact.portal.account.internal.OutboxRepository;
import vn.i4impact.portal.shared.web.NotFoundException;

/** {@code /admin/outbox/{id}/attachment}: what a mail carried, so the committee can check it (ADMIN only). */
@Controller
class OutboxAttachmentController {

	private final OutboxRepository outbox;

	private final OutboxAttachmentRepository attachments;

	OutboxAttachmentController(OutboxRepository outbox, OutboxAttachmentRepository attachments) {
		this.outbox = outbox;
		this.attachments = attachments;
	}

	@GetMapping("/admin/outbox/{id}/attachment")
	@Transactional(readOnly = true)
	ResponseEntity<byte[]> attachment(@PathVariable long id) {
		OutboxMessage mail = outbox.findById(id).filter(OutboxMessage::hasAttachment).orElseThrow(NotFoundException::new);
		byte[] content = attachments.findById(id).orElseThrow(NotFoundException::new).getContent();
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(mail.getAttachmentType()))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename(mail.getAttachmentName(), StandardCharsets.UTF_8).build().toString())
			.header("X-Content-Type-Options", "nosniff")
			.body(content);
	}

}
