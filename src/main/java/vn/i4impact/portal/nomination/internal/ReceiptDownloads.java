package vn.i4impact.portal.nomination.internal;

import java.util.Locale;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.i4impact.portal.shared.web.NotFoundException;

/** The receipt of a dossier the caller already may see; none until it is submitted (a reopened draft has none). */
@Service
@Transactional(readOnly = true)
public class ReceiptDownloads {

	public record Receipt(String fileName, byte[] pdf) {
	}

	private final Receipts receipts;

	ReceiptDownloads(Receipts receipts) {
		this.receipts = receipts;
	}

	public Receipt of(Nomination n, Locale locale) {
		if (n.getSubmittedAt() == null || n.getStatus().isEditableByUnit()) {
			throw new NotFoundException();
		}
		return new Receipt(receipts.fileName(n, locale), receipts.render(n, locale));
	}

}
