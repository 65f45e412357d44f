package vn.i4impact.portal.nomination;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * What the secretariat reads of a submitted dossier; drafts are the unit's own and are never found here
 * (NotFoundException, shared.web).
 */
public interface SecretariatDossiers {

	/**
	 * Everything the unit sent and the dossier's history, with the steps the secretariat may take now; without the
	 * secretariat's own records ({@code decisions} empty, {@code changesSinceRequest} null), which {@code review} adds.
	 */
	DossierView dossier(long id);

	/** The dossier as a PDF: every answer and the list of attachments (the receipt's layout). */
	byte[] pdf(long id, Locale locale);

	String pdfName(long id, Locale locale);

	DossierView.FileInfo file(long id, long fileId);

	InputStream open(long id, long fileId) throws IOException;

}
